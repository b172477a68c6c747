export * from './canonical-json';
export * from './merkle-tree';
export * from './checkpoint';
export * from './merkle-frontier';
