export * from './name-based-uuid';
