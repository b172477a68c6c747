export * from './implementation/decide';
export * from './implementation/events';
export * from './implementation/state';
export * from './review/decide';
export * from './review/events';
export * from './review/state';
export * from './implementation/limits';
export * from './review/limits';
