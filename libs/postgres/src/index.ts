export * from './embedded/server';
export * from './identifiers';
export * from './migrations';
export * from './migrations-under-way';
export * from './pool';
export * from './transaction';
