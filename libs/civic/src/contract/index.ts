export * from './districts';
export * from './organization.contract';
export * from './proposal.contract';
export * from './threshold-policy.contract';
export * from './person.contract';
export * from './department.contract';
export * from './events';
export * from './civic.aggregates';
