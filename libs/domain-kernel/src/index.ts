export * from './decider';
export * from './domain-error';
export * from './id-set';
export * from './upcaster';
export * from './city-space';
