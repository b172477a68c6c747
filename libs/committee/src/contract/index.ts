export * from './roster.contract';
export * from './session.contract';
export * from './master-plan.contract';
export * from './docket.contract';
export * from './indicator.contract';
export * from './events';
export * from './committee.aggregates';
export * from './committee-space';
