export * from './organization/decide';
export * from './organization/events';
export * from './organization/state';
