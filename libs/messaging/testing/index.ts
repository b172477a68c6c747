export * from './event-bus.conformance';
