// The embedded server is imported from '@hyeopchi/postgres/embedded' only where it runs: it loads an ES module
// package that jest's CommonJS runtime cannot, and that a distributed deployment never needs.
export * from './identifiers';
export * from './migrations';
export * from './pool';
