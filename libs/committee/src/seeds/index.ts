export * from './master-plan-seed';
