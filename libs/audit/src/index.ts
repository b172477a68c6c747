export {
  canonicalJson,
  chainLinkJson,
  chainLinkOf,
  contentJsonOf,
  contentOf,
  eventContentJson,
  type AuditRecord,
  type ChainLink,
  type EventContent,
  type HashedEvent,
} from './portable';
export * from './merkle-tree';
export * from './checkpoint';
export * from './merkle-frontier';
export * from './event-hash';
export * from './audit-record';
export * from './signing-key-files';
export * from './export-line';
export * from './canonical-content-scan';
export * from './node-audit-crypto';
