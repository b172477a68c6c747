import { loadConfiguration } from '@hyeopchi/config';
import { openDatabase } from '@hyeopchi/event-infrastructure';
import { testDatabaseUrl } from '@hyeopchi/testing';
import { Pool } from 'pg';

const synchronousCommit = async (pool: Pool) =>
  (await pool.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0].synchronous_commit;

describe('the database of a service', () => {
  it('appends on commits that wait for the disk, and consumes on commits that need not', async () => {
    const database = await openDatabase(loadConfiguration({ DATABASE_URL: testDatabaseUrl() }), 'pools-test');
    try {
      expect(await synchronousCommit(database.pool)).toBe('on');
      expect(await synchronousCommit(database.consumerPool)).toBe('off');
    } finally {
      await database.close();
    }
  });
});
