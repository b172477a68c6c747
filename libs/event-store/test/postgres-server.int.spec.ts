import { describePostgresEventStoreConformance } from '@hyeopchi/event-store/testing';
import { testDatabaseUrl, testPool } from '@hyeopchi/testing';

describePostgresEventStoreConformance('PostgreSQL server', async () => {
  const pool = testPool(testDatabaseUrl(), 60);
  return { pool, teardown: () => pool.end() };
});
