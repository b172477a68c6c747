export * from './domain-checks/replay';
export * from './domain-checks';
export * from './export-audit';
export * from './record-check';
export * from './verify-export';
export * from './export-format';
export * from './event-catalogue';
