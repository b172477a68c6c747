export * from './committee.entities';
export * from './committee.projections';
export * from './committee.read-model';
