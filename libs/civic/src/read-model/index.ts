export * from './civic.entities';
export * from './civic.projections';
