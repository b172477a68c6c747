export * from './databases';
export * from './eventually';
