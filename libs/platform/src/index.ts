export * from './services';
export * from './demo-seed';
