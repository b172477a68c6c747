export * from './department.entities';
export * from './department.projections';
export * from './department.read-model';
