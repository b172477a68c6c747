export * from './gateway.module';
export * from './schema-file';
export * from './query-limits';
export * from './read-models/rebuild';
export { READ_MODEL_ENTITIES } from './read-models/read-model-store';
export { ReadModels } from './read-models/read-models';
export * from './trust-proxy';
export * from './read-models/read-model-export';
