/**
 * What verification rests on, browser-safe (no Node module, no Buffer): the web app verifies events with it, and
 * the Node side of @hyeopchi/audit builds on the same definitions. Cryptography comes in through `AuditCrypto`.
 */
export * from './bytes';
export * from './canonical-json';
export * from './event-records';
export * from './merkle-proofs';
export * from './checkpoint-note';
export * from './audit-crypto';
export * from './hashes';
export * from './verify-note';
export * from './verify-event';
