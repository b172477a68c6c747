export * from './feedback.resolvers';
