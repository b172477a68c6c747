export * from './environment';
export * from './eventually';
export * from './kafka-broker';
export * from './services';
export * from './process';
export * from './project';
export * from './decider-specification';
export * from './health';
