export * from './feedback';
export * from './perception-survey';
export * from './limits';
