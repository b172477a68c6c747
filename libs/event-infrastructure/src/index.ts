export * from './backbone.module';
export * from './database';
export * from './health.controller';
export * from './tokens';
export * from './audit-checkpointer';
