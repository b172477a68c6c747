export * from './handle-command';
export * from './ports';
