export * from './cloud-events';
export * from './envelope';
export * from './event-bus.port';
export * from './in-process-event-bus';
export * from './inbox';
export * from './kafka';
export * from './kafka-event-bus';
export * from './kafka-relay';
