import { Pool } from 'pg';
import { eventually } from '@hyeopchi/testing';
import { TcpFaultProxy } from './tcp-fault-proxy';

describe('TcpFaultProxy in front of the real PostgreSQL', () => {
  let proxy: TcpFaultProxy;
  let pool: Pool;
  const idleClientErrors: Error[] = [];

  beforeEach(async () => {
    const database = new URL(process.env.TEST_DATABASE_URL!);
    proxy = await TcpFaultProxy.start({
      target: { host: database.hostname, port: Number(database.port || 5432) },
    });
    database.host = proxy.address;
    pool = new Pool({ connectionString: database.toString(), max: 2, query_timeout: 5_000 });
    // an idle client whose connection the proxy resets is reported here, not to a query
    pool.on('error', (error) => idleClientErrors.push(error));
  });

  afterEach(async () => {
    await proxy.close();
    await pool.end();
  });

  it('fails a query in flight when reset, and the pool recovers with a new connection', async () => {
    expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    const longQuery = pool.query('select pg_sleep(3)');
    await eventually(() => expect(proxy.stats().bytesToTarget).toBeGreaterThan(0));
    proxy.reset();
    await expect(longQuery).rejects.toThrow();
    await eventually(async () => expect((await pool.query('select 2 as two')).rows).toEqual([{ two: 2 }]));
    expect(proxy.stats().resets).toBeGreaterThanOrEqual(1);
  });

  it('refuses connections during the refusal window, then serves them again', async () => {
    proxy.reset({ refuseNewForMs: 1_000 });
    await expect(pool.query('select 1')).rejects.toThrow();
    expect(proxy.stats().refused).toBeGreaterThanOrEqual(1);
    await eventually(async () =>
      expect((await pool.query('select 3 as three')).rows).toEqual([{ three: 3 }]),
    );
  });

  it("leaves a query hanging when half-open, until the client's own timeout gives up", async () => {
    await pool.query('select 1');
    proxy.halfOpen();
    await expect(pool.query('select 1')).rejects.toThrow(/timeout/i);
    expect(proxy.stats().open).toBeGreaterThanOrEqual(1);
    proxy.pass();
    await eventually(async () => expect((await pool.query('select 4 as four')).rows).toEqual([{ four: 4 }]));
  });
});
