/** Injection tokens of the event infrastructure: ports are injected by symbol, never by class. */
export const DATABASE = Symbol('Database');
export const EVENT_STORES = Symbol('EventStores');
export const EVENT_BUS = Symbol('EventBus');
export const RELAYS = Symbol('KafkaRelays');
export const AUDIT_CHECKPOINTER = Symbol('AuditCheckpointer');
export const RELAY_LEADERSHIPS = Symbol('RelayLeaderships');
export const BROKER_PROBE = Symbol('BrokerProbe');
/** Whether this process's readiness waits on the Kafka cluster, rather than only reporting it. */
export const BROKER_GATES_READINESS = Symbol('BrokerGatesReadiness');
