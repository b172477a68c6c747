export * from './derived-ids';
export * from './review.contract';
export * from './implementation.contract';
export * from './events';
export * from './department.aggregates';
