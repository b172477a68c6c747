export * from './demo-city';
export * from './gateway-under-test';
