export * from './feedback.mutations';
export * from './perception-survey.mutations';
export * from './feedback.resolvers';
