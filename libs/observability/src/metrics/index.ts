export * from './get-or-create';
