export * from './development-secret';
export * from './identity';
export * from './roles';
export * from './tokens';
export * from './configured-tokens';
export * from './command-policy';
export * from './demo-personas';
