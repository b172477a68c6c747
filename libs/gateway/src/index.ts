export * from './gateway.module';
export * from './schema-file';
export * from './query-limits';
