export * from './backoff';
export * from './name-based-uuid';
