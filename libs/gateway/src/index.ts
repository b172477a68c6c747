export * from './gateway.module';
export * from './schema-file';
