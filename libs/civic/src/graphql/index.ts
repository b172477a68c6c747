export * from './organizations.resolver';
export * from './proposals.resolver';
