export * from './committee.entities';
export * from './committee.projections';
