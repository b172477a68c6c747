export * from './get-or-create';
export * from './sampled-gauge';
export * from './metrics.module';
