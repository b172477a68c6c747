export * from './errors';
export * from './handle-command';
export * from './ports';
