export * from './derived-ids';
