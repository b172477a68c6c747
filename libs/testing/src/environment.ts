import { createPool } from '@hyeopchi/postgres';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

/** The real PostgreSQL server the integration tests use (test/global-setup.js provides it). */
export function testDatabaseUrl(): string {
  return requiredEnv('TEST_DATABASE_URL');
}

/** The embedded PostgreSQL cluster the global setup started, the same server the standalone mode runs on. */
export function embeddedTestDatabaseUrl(): string {
  return requiredEnv('EMBEDDED_TEST_DATABASE_URL');
}

/** The real Kafka broker(s) the integration tests use. */
export function testKafkaBrokers(): string[] {
  return requiredEnv('KAFKA_BROKERS').split(',');
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the tests through jest (npm test), whose global setup sets it`);
  return value;
}

/** A schema name no other test uses, so test files can run in parallel against one database. */
export function uniqueSchemaName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

export function testPool(url: string, size = 20): Pool {
  return createPool({ url, size, applicationName: 'hyeopchi-tests' });
}
