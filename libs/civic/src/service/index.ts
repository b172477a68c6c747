export * from './civic.service';
