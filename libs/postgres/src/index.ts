export * from './embedded/server';
export * from './identifiers';
export * from './migrations';
export * from './pool';
export * from './transaction';
