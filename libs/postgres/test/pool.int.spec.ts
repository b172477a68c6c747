import { createPool } from '@hyeopchi/postgres';
import { eventually, testDatabaseUrl } from '@hyeopchi/testing';
import { randomBytes } from 'node:crypto';

describe('createPool', () => {
  // without a listener on the checked-out client, its 'error' is an uncaught exception: jest fails the test
  it('survives the server ending a connection that is checked out between two queries (a crash, an immediate stop)', async () => {
    const applicationName = `hyeopchi-pool-${randomBytes(4).toString('hex')}`;
    const pool = createPool({ url: testDatabaseUrl(), size: 2, applicationName });
    const admin = createPool({
      url: testDatabaseUrl(),
      size: 1,
      applicationName: `${applicationName}-admin`,
    });
    try {
      const held = await pool.connect();
      await held.query('BEGIN');
      const { rows } = await admin.query<{ ended: boolean }>(
        'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1',
        [applicationName],
      );
      expect(rows).toEqual([{ ended: true }]);
      // the held connection learns of its end from the socket, with no query of ours running on it
      await eventually(async () =>
        expect(await held.query('SELECT 1').catch((error: Error) => error.message)).toMatch(
          /terminat|not queryable|Connection/i,
        ),
      );
      held.release(true);
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
      await admin.end();
    }
  });
});
