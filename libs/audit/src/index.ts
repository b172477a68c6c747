export * from './canonical-json';
export * from './merkle-tree';
export * from './checkpoint';
export * from './merkle-frontier';
export * from './event-hash';
export * from './audit-record';
export * from './signing-key-files';
export * from './export-line';
