export * from './districts.resolver';
export * from './organizations.resolver';
export * from './proposals.resolver';
export * from './organization.mutations';
export * from './proposal.mutations';
export * from './threshold-policy.mutations';
export * from './people.resolvers';
export * from './civic.resolvers';
