export * from './civic.entities';
export * from './civic.projections';
export * from './threshold-policy.entities';
export * from './timeline.entities';
export * from './civic.read-model';
export * from './proposal-search';
