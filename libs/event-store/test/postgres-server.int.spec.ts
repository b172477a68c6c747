import { describeEventStoreConformance } from '@hyeopchi/event-store/testing';
import { testDatabaseUrl, testPool } from '@hyeopchi/testing';

describeEventStoreConformance('PostgreSQL server', async () => {
  const pool = testPool(testDatabaseUrl(), 60);
  return { pool, teardown: () => pool.end() };
});
