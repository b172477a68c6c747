export * from './feedback.entities';
export * from './feedback.projections';
export * from './feedback.read-model';
