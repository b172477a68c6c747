export * from './feedback.entities';
export * from './feedback.projections';
