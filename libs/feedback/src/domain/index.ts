export * from './feedback';
export * from './perception-survey';
