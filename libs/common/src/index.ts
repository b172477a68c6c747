export * from './backoff';
export * from './keyed-queue';
export * from './name-based-uuid';
