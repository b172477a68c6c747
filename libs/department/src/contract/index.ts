export * from './derived-ids';
export * from './events';
