export * from './event-infrastructure.module';
export * from './database';
export * from './health.controller';
export * from './tokens';
export * from './audit-checkpointer';
export * from './leadership';
export * from './relays';
