export * from './roster/decide';
export * from './roster/events';
export * from './session/decide';
export * from './session/events';
export * from './session/state';
export * from './master-plan/decide';
export * from './master-plan/events';
export * from './master-plan/study';
