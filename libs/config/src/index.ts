export * from './config.module';
export * from './configuration';
export * from './production-secrets';
