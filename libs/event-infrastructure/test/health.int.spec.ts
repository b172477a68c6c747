import { healthDatabaseName } from './health-environment';
import { healthHarness } from './health-harness';
import { HealthReport } from '@hyeopchi/event-infrastructure';
import { migrating } from '@hyeopchi/postgres';
import { testDatabaseUrl } from '@hyeopchi/testing';
import { BeforeApplicationShutdown, Module } from '@nestjs/common';
import { Client } from 'pg';

/** Live and ready, asked over HTTP of a real application on the real PostgreSQL and Kafka. */
describe('health', () => {
  const { logs, running, database, ask, answered, creating, started } = healthHarness();
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  it('is live but not ready while its migrations wait, and ready once they are done', async () => {
    // another process migrating the same schema holds its lock
    const other = new Client({ connectionString: database().value });
    await other.connect();
    await other.query('SELECT pg_advisory_lock(hashtext($1))', ['hyeopchi.migrations.civic']);
    try {
      const { port, app } = await creating();

      const notReady = await answered(port, '/health/ready', 503);
      expect(notReady.body.error.startup).toMatchObject({
        status: 'down',
        message: 'starting',
        migrations: [expect.objectContaining({ schema: 'civic', component: 'event-store' })],
      });
      expect((await ask(port, '/health/live')).status).toBe(200);
      expect((await ask(port, '/health')).status).toBe(503);
      // its lines are written as it starts, not held back until it has
      expect(logs.lines()).toContainEqual(
        expect.objectContaining({
          level: 'info',
          context: 'NestFactory',
          msg: 'Starting Nest application...',
        }),
      );
      // what is not health waits too, answered so that no client takes it for the route's answer
      const early = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST' });
      expect(early.status).toBe(503);
      expect(early.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(early.headers.get('retry-after')).toBe('1');

      await other.query('SELECT pg_advisory_unlock(hashtext($1))', ['hyeopchi.migrations.civic']);
      await (await app).listen(port, '127.0.0.1');

      const ready = await answered(port, '/health/ready', 200);
      expect(ready.body).toMatchObject({
        status: 'ok',
        info: {
          database: { status: 'up', where: 'PostgreSQL' },
          migrations: { status: 'up' },
          broker: { status: 'up' },
          relays: { status: 'up', civic: expect.stringMatching(/^(leading|standing by)$/) },
        },
      });
      const report = await ask(port, '/health');
      expect(report.status).toBe(200);
      expect(report.body as unknown as HealthReport).toMatchObject({
        status: 'ok',
        migrations: 'done',
        broker: 'up',
        database: { status: 'up' },
      });
    } finally {
      await other.end();
    }
  }, 120_000);

  it('is not ready while a migration runs after the start, and says which', async () => {
    const port = await started();
    await answered(port, '/health/ready', 200);

    let finish!: () => void;
    const migration = migrating(
      'read_models_v99',
      'read-models',
      () => new Promise<void>((done) => (finish = done)),
    );
    const during = await answered(port, '/health/ready', 503);
    expect(during.body.error.migrations).toEqual({
      status: 'down',
      message: 'migrations running',
      running: ['read_models_v99 (read-models)'],
    });
    expect((await ask(port, '/health')).body).toMatchObject({ status: 'degraded', migrations: 'running' });

    finish();
    await migration;
    await answered(port, '/health/ready', 200);
  }, 120_000);

  it('is live but not ready while the database does not answer, and ready again when it does', async () => {
    const port = await started();
    await answered(port, '/health/ready', 200);

    await admin(`ALTER DATABASE ${healthDatabaseName} ALLOW_CONNECTIONS false`);
    try {
      await admin(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${healthDatabaseName}'`,
      );
      const down = await answered(port, '/health/ready', 503);
      expect(down.body.error.database).toEqual({ status: 'down', message: 'the database does not answer' });
      // the cause is the operator's: in the log, not in the answer
      expect(JSON.stringify(down.body)).not.toContain(healthDatabaseName);
      expect(logs.lines()).toContainEqual(
        expect.objectContaining({ context: 'Readiness', msg: expect.stringContaining('does not answer') }),
      );
      expect((await ask(port, '/health/live')).status).toBe(200);
      expect((await ask(port, '/health')).body).toMatchObject({
        status: 'degraded',
        database: { status: 'down' },
      });
    } finally {
      await admin(`ALTER DATABASE ${healthDatabaseName} ALLOW_CONNECTIONS true`);
    }
    await answered(port, '/health/ready', 200);
  }, 120_000);

  it('is not ready once shutdown begins, while it finishes what it has', async () => {
    let finish!: () => void;
    const finishing = new Promise<void>((done) => (finish = done));
    let shuttingDown!: () => void;
    const shutdownBegun = new Promise<void>((done) => (shuttingDown = done));
    class SlowToFinish implements BeforeApplicationShutdown {
      beforeApplicationShutdown(): Promise<void> {
        shuttingDown();
        return finishing;
      }
    }
    @Module({ providers: [SlowToFinish] })
    class WithSlowWork {}
    const port = await started(['civic'], (infrastructure) => ({
      module: WithSlowWork,
      imports: [infrastructure],
    }));
    await answered(port, '/health/ready', 200);

    const app = running.splice(0)[0];
    const closed = app.close();
    try {
      await shutdownBegun;
      const stopping = await ask(port, '/health/ready');
      expect(stopping.status).toBe(503);
      expect(stopping.body.error.shutdown).toEqual({ status: 'down', message: 'stopping' });
      expect((await ask(port, '/health/live')).status).toBe(200);
    } finally {
      finish();
      await closed;
    }
  }, 120_000);
});
