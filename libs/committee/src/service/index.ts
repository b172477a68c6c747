export * from './committee.service';
