export * from './services';
export * from './demo-seed';
export * from './demo-departments';
export * from './standalone/standalone.module';
export * from './standalone/start-standalone';
