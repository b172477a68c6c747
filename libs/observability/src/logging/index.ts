export * from './log-context';
export * from './logger-options';
export * from './logging.module';
export * from './trace-ids';
