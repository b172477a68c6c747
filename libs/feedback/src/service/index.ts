export * from './feedback.service';
