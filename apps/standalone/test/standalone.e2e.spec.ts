import { HealthReport } from '@hyeopchi/event-infrastructure';
import { CONTEXTS } from '@hyeopchi/context-names';
import { AuditLog, BEGINNING_OF_LOG, PostgresEventStore } from '@hyeopchi/event-store';
import { event } from '@hyeopchi/event-store/testing';
import { createKafka, ensureTopics, topicOf } from '@hyeopchi/messaging';
import { embeddedPostgresUrl, startEmbeddedPostgres } from '@hyeopchi/postgres';
import {
  RunningProcess,
  eventually,
  freeTcpPort,
  healthOf,
  healthyAfterStart,
  person,
  postGraphql,
  startProcess,
  testDatabaseUrl,
  testKafkaBrokers,
  testPool,
  testToken,
} from '@hyeopchi/testing';
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const main = `${root}/dist/apps/standalone/src/main.js`;
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'KAFKA_BROKERS'].includes(name)),
);

/** Where the platform says, as it starts, its embedded cluster lives (/health tells no one). */
function clusterDirIn(output: string): string {
  const dataDir = /embedded PostgreSQL in (.+?), /.exec(output)?.[1];
  if (!dataDir) throw new Error(`the platform did not say where its cluster is:\n${output}`);
  return dataDir;
}

/** Processes whose command line names the cluster folder, i.e. its PostgreSQL server. */
function postgresProcessesServing(dataDir: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return command.includes(`-D ${dataDir} `) ? [command] : [];
      } catch {
        return [];
      }
    });
}

interface LogCoverage {
  events: number;
  /** Events that no signed checkpoint covers: an export would carry them unsigned. */
  unsigned: number;
}

/** Per context, read from the cluster a stopped platform left behind. */
async function checkpointCoverage(clusterDir: string): Promise<Record<string, LogCoverage>> {
  const server = await startEmbeddedPostgres({
    dataDir: clusterDir,
    port: await freeTcpPort(),
    database: 'hyeopchi',
  });
  const pool = testPool(server.url, 2);
  try {
    const logs = await Promise.all(
      CONTEXTS.map(async (context) => {
        const store = await PostgresEventStore.open(pool, context);
        const latest = await (await AuditLog.open(pool, context)).latestCheckpoint();
        const coverage: LogCoverage = {
          events: await store.countAfter(BEGINNING_OF_LOG),
          unsigned: await store.countAfter(latest?.lastLeaf ?? BEGINNING_OF_LOG),
        };
        return [context, coverage] as const;
      }),
    );
    return Object.fromEntries(logs);
  } finally {
    await pool.end();
    await server.stop();
  }
}

const registerOrganization = (organizationId: string) =>
  `mutation { registerOrganization(input: {organizationId: "${organizationId}", name: "${organizationId} network", district: "Mapo-gu"}) {
    ... on CommandAccepted { streamId } ... on CommandRefused { code message } } }`;

interface DemoView {
  proposals: { totalCount: number };
  proposal: { status: string; supports: number } | null;
  masterPlan: { strategies: { strategyId: string }[] };
}

async function demoOn(port: number): Promise<DemoView> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ proposals { totalCount } proposal(id: "river-cleanup") { status supports }
        masterPlan { strategies { strategyId } } }`,
    }),
  });
  const body = (await response.json()) as { data: DemoView };
  return body.data;
}

describe('the platform process (npm start) through its HTTP server', () => {
  const running: RunningProcess[] = [];

  beforeAll(() => execSync('npm run --silent build', { cwd: root, stdio: 'inherit' }));
  afterEach(async () => {
    for (const process of running.splice(0)) await process.stop();
  });

  const start = (env: Record<string, string>) => {
    // 'log': the start-up line says where the cluster is
    const started = startProcess('node', [main], { ...baseEnv, LOG_LEVEL: 'log', ...env });
    running.push(started);
    return started;
  };
  /**
   * Ports the system finds free and a data folder of its own for a platform on the embedded defaults (a port drawn
   * at random from 56000–56999 lies in Linux's range for outgoing connections, and one of them held it once).
   */
  const embeddedSetup = async () => {
    const port = await freeTcpPort();
    const postgresPort = await freeTcpPort();
    const dataDir = `${root}/data/e2e-${postgresPort}`;
    const env = {
      PORT: String(port),
      EMBEDDED_POSTGRES_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
    };
    return { port, postgresPort, dataDir, env };
  };

  it('runs on the embedded defaults, and its data survives a restart', async () => {
    const { port, postgresPort, dataDir, env } = await embeddedSetup();
    let clusterDir: string | undefined;
    try {
      const first = start(env);
      const report = await healthyAfterStart<HealthReport>(first, port);
      expect(report).toMatchObject({
        status: 'ok',
        bus: 'in-process',
        broker: 'not used',
        relays: [],
        database: { status: 'up' },
      });
      expect(report.database.where).toBe('embedded PostgreSQL');
      clusterDir = await eventually(async () => clusterDirIn(first.output()), 10_000, 100);

      // the demo city is seeded in the background and served over GraphQL
      const demo = await eventually(
        async () => {
          const read = await demoOn(port);
          expect(read.proposals.totalCount).toBe(7);
          expect(read.proposal?.status).toBe('implementing');
          return read;
        },
        60_000,
        500,
      );
      expect(demo.masterPlan.strategies).toHaveLength(7);

      const pool = testPool(embeddedPostgresUrl(clusterDir, postgresPort, 'hyeopchi'), 2);
      const stored = event('organization.registered.v1', {
        organizationId: 'org-1',
        name: '마포 시민 네트워크',
        district: 'Mapo-gu',
        registeredBy: 'kim',
        registeredAt: new Date().toISOString(),
      });
      await (await PostgresEventStore.open(pool, 'civic')).appendToStream('organization-org-1', [stored]);
      await pool.end();

      const intruder = startProcess('node', [`${root}/bin/hyeopchi.js`, 'migrate'], { ...baseEnv, ...env });
      expect(await intruder.exited).toEqual({ code: 1, signal: null });
      expect(intruder.output()).toContain(`is in use by process`);
      expect((await healthOf<HealthReport>(port)).database.status).toBe('up');

      expect(await first.stop()).toMatchObject({ killed: false });
      expect(postgresProcessesServing(clusterDir)).toEqual([]);

      await healthyAfterStart<HealthReport>(start(env), port);
      const again = testPool(embeddedPostgresUrl(clusterDir, postgresPort, 'hyeopchi'), 2);
      const [read] = await (await PostgresEventStore.open(again, 'civic')).readStream('organization-org-1');
      await again.end();
      expect(read).toMatchObject({ eventId: stored.eventId, data: stored.data });
      // seeding again at the restart changed nothing
      await eventually(async () => expect(await demoOn(port)).toEqual(demo), 30_000, 500);
    } finally {
      for (const process of running.splice(0)) await process.stop();
      await rm(dataDir, { recursive: true, force: true });
      if (clusterDir) await rm(clusterDir, { recursive: true, force: true });
    }
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'signs a checkpoint of every event before its database stops, when %s reaches its whole process group',
    async (signal) => {
      const { port, dataDir, env } = await embeddedSetup();
      const secret = `a-secret-for-the-shutdown-test-${port}`;
      let clusterDir: string | undefined;
      try {
        // the demo city is still being seeded: one more writer to stop before the last checkpoint is signed
        const platform = start({ ...env, JWT_SECRET: secret });
        await healthyAfterStart<HealthReport>(platform, port);
        const where = clusterDirIn(platform.output());
        clusterDir = where;
        const token = testToken(person('kim', ['cso_admin']), secret);
        for (const organizationId of ['mapo', 'jongno']) {
          const registered = await postGraphql<{ registerOrganization: object }>(
            `http://127.0.0.1:${port}`,
            registerOrganization(organizationId),
            {},
            token,
          );
          expect(registered.registerOrganization).toEqual({ streamId: `organization-${organizationId}` });
        }

        // what a terminal's Ctrl-C (or a supervisor stopping the group) does: every process of the group at once
        process.kill(-platform.pid, signal);
        await platform.exited;
        expect(postgresProcessesServing(where)).toEqual([]);

        const coverage = await checkpointCoverage(clusterDir);
        expect(coverage.civic.events).toBeGreaterThanOrEqual(2);
        expect(Object.entries(coverage).filter(([, log]) => log.unsigned > 0)).toEqual([]);
        expect(platform.output()).not.toContain('checkpoint on shutdown');
      } finally {
        await rm(dataDir, { recursive: true, force: true });
        if (clusterDir) await rm(clusterDir, { recursive: true, force: true });
      }
    },
  );

  it('does not leave its database running when it dies without stopping it', async () => {
    const { port, dataDir, env } = await embeddedSetup();
    let clusterDir: string | undefined;
    try {
      const platform = start({ ...env, SEED_DEMO: 'false' });
      await healthyAfterStart<HealthReport>(platform, port);
      const where = clusterDirIn(platform.output());
      clusterDir = where;
      expect(postgresProcessesServing(where)).not.toEqual([]);

      process.kill(platform.pid, 'SIGKILL');
      expect(await platform.exited).toEqual({ code: null, signal: 'SIGKILL' });
      await eventually(() => expect(postgresProcessesServing(where)).toEqual([]), 30_000, 200);

      await healthyAfterStart<HealthReport>(start({ ...env, SEED_DEMO: 'false' }), port);
    } finally {
      for (const process of running.splice(0)) await process.stop();
      await rm(dataDir, { recursive: true, force: true });
      if (clusterDir) await rm(clusterDir, { recursive: true, force: true });
    }
  });

  it('runs on DATABASE_URL and KAFKA_BROKERS, relaying every context to its topic', async () => {
    const port = 4400 + Math.floor(Math.random() * 100);
    const namespace = `standalone-e2e-${port}-${Date.now()}`;
    const started = start({
      PORT: String(port),
      DATABASE_URL: testDatabaseUrl(),
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      SEED_DEMO: 'false',
    });
    const report = await healthyAfterStart<HealthReport>(started, port);
    expect(report).toMatchObject({ bus: 'kafka', broker: 'up' });
    expect(report.relays.map((relay) => relay.context)).toEqual([
      'civic',
      'department',
      'committee',
      'feedback',
    ]);

    const pool = testPool(testDatabaseUrl(), 2);
    const stored = event('review.officer_assigned.v1', { reviewId: 'review-1', officerId: 'officer-lee' });
    await (await PostgresEventStore.open(pool, 'department')).appendToStream('review-1', [stored]);
    await pool.end();

    await eventually(async () => {
      const relay = (await healthOf<HealthReport>(port)).relays.find(
        (candidate) => candidate.context === 'department',
      );
      expect(relay?.lagEvents).toBe(0);
    });
    const kafka = createKafka({ brokers: testKafkaBrokers(), clientId: 'standalone-e2e' });
    await ensureTopics(kafka, ['department'], 6, namespace);
    const consumer = kafka.consumer({ groupId: `standalone-e2e-${stored.eventId}` });
    const seen: string[] = [];
    try {
      await consumer.connect();
      await consumer.subscribe({ topic: topicOf('department', namespace), fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => void seen.push(message.headers!.ce_id!.toString()),
      });
      await eventually(() => expect(seen).toContain(stored.eventId));
    } finally {
      await consumer.disconnect();
    }
  });

  it('refuses to start on an invalid setting, naming it', async () => {
    const started = start({ PORT: '4000', KAFKA_TOPIC_PARTITIONS: 'six' });
    expect(await started.exited).toEqual({ code: 1, signal: null });
    expect(started.output()).toContain(
      'KAFKA_TOPIC_PARTITIONS="six": expected a whole number from 1 to 1000',
    );
  });
});
