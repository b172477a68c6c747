export * from './config.module';
export * from './configuration';
