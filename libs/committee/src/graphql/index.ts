export * from './agenda-item.resolver';
export * from './committee-session-changes.resolver';
export * from './committee.resolver';
export * from './master-plan.resolver';
export * from './motion.resolver';
export * from './committee.resolvers';
