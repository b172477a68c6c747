export * from './catch-up-subscription';
export * from './errors';
export * from './event-store.port';
export { MAX_EVENT_BYTES, assertEventForm } from './event-validation';
export { InMemoryEventStore, InMemoryEventStoreOptions } from './in-memory/in-memory-event-store';
export { PostgresEventStore } from './postgres/postgres-event-store';
export { APPEND_ONLY_VIOLATION, eventLogMigrations } from './postgres/event-log.migrations';
export { AuditLog, AuditRecordPage, StoredCheckpoint } from './postgres/audit-log';
export * from './upcasting/upcasting-event-store';
