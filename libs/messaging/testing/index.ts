export * from './event-bus.conformance';
export * from './synthetic-event';
