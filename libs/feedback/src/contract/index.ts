export * from './feedback.contract';
export * from './perception-survey.contract';
export * from './events';
export * from './feedback.aggregates';
