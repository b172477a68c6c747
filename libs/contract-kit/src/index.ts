export * from './well-formed-text';
export * from './schemas';
export * from './command-contract';
export * from './aggregate-contract';
export * from './field-words';
