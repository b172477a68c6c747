export * from './roster/decide';
export * from './roster/events';
export * from './session/decide';
export * from './session/events';
export * from './session/state';
