export * from './organization/decide';
export * from './organization/events';
export * from './organization/state';
export * from './proposal/decide';
export * from './proposal/events';
export * from './proposal/state';
export * from './threshold-policy/decide';
export * from './threshold-policy/events';
