export * from './department.service';
