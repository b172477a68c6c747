export * from './committee.entities';
export * from './committee.projections';
export * from './committee.read-model';
export * from './indicator.entities';
export * from './indicator.projections';
