export * from './event-store-port.conformance';
export * from './postgres-event-store.conformance';
export * from './test-events';
