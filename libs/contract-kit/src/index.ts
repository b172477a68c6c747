export * from './well-formed-text';
export * from './schemas';
