export * from './department.entities';
export * from './department.projections';
