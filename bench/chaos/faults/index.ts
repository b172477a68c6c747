export * from './tcp-fault-proxy';
export * from './proxied-kafka-broker';
export * from './process-faults';
export * from './clock-skew-environment';
