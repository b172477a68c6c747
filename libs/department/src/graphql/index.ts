export * from './department-implementations.resolver';
export * from './departments.resolver';
export * from './review-deadline.resolver';
export * from './review-queue.resolver';
export * from './review.mutations';
export * from './implementation.mutations';
export * from './department.resolvers';
export * from './review-people.resolver';
