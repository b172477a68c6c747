export * from './development-secret';
export * from './identity';
export * from './roles';
export * from './tokens';
export * from './configured-tokens';
export * from './demo-personas';
export * from './command-access';
