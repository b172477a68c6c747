import { describePostgresEventStoreConformance } from '@hyeopchi/event-store/testing';
import { embeddedTestDatabaseUrl, testPool } from '@hyeopchi/testing';

describePostgresEventStoreConformance('embedded PostgreSQL (the standalone default)', async () => {
  const pool = testPool(embeddedTestDatabaseUrl(), 60);
  return { pool, teardown: () => pool.end() };
});
