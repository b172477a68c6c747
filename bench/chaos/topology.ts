import { EmbeddedServer, createPool, startEmbeddedPostgres } from '@hyeopchi/postgres';
import {
  isAlive,
  DedicatedBroker,
  DistributedPlatform,
  eventually,
  freeTcpPort,
  startDistributedPlatform,
} from '@hyeopchi/testing';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { CONTEXTS } from '@hyeopchi/context-names';
import { ProxiedKafkaBroker, TcpFaultProxy, startProxiedKafkaBroker } from './faults/index';

/** Short, so that the poison fault's newer events reach the dead-letter topic within its bound. */
export const UPGRADE_WAIT_SECONDS = 5;

export const CHAOS_SECRET = 'a-secret-for-the-chaos-suite-only';
/** The platform's processes: one of each. */
export const APPS = [...CONTEXTS, 'gateway'];

/**
 * What the suite runs and may break: a PostgreSQL server and a Kafka broker of its own (never the machine's
 * shared ones), and the distributed platform on them, one process per service and one gateway. Each process
 * reaches PostgreSQL through a fault proxy of its own; all reach Kafka through one fault proxy, which the broker
 * advertises as its address (a client connects where the broker's metadata says, so a proxy the broker did not
 * advertise would be bypassed after the first request).
 */
export interface ChaosTopology {
  platform: DistributedPlatform;
  /** The broker behind `kafkaProxy`; `brokers` is the proxy's address, what every client is given. */
  broker: DedicatedBroker & { brokers: string[] };
  /** Between each app (civic, …, gateway) and PostgreSQL. */
  postgresProxies: Record<string, TcpFaultProxy>;
  /** Between every process (the suite's own Kafka clients too) and the broker. */
  kafkaProxy: TcpFaultProxy;
  /** The suite's own connections, for checks; they reconnect after PostgreSQL restarts. */
  pool: Pool;
  databaseUrl: string;
  namespace: string;
  /** What the platform's processes were given: DATABASE_URL, KAFKA_BROKERS, the namespace, the secrets. */
  env: Record<string, string>;
  /** PostgreSQL stopped as a crash would (`-m immediate`: no checkpoint, clients cut), then started again. */
  crashPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  /** Stops everything it started and deletes its data; safe to call twice and after a failed start. */
  stop(): Promise<void>;
}

/**
 * `onStop` is given the function that stops what started so far, before anything starts: a run interrupted
 * (a signal, its timeout) while the topology starts must still stop the server and the broker it started.
 */
export async function startChaosTopology(
  run: string,
  onStop: (stop: () => Promise<void>) => void,
): Promise<ChaosTopology> {
  const scratch = await mkdtemp(join(tmpdir(), 'hyeopchi-chaos-'));
  const postgresPort = await freeTcpPort();
  const database = 'hyeopchi_chaos';
  const startServer = () =>
    startEmbeddedPostgres({ dataDir: join(scratch, 'postgres'), port: postgresPort, database });
  let server: EmbeddedServer | undefined;
  let kafka: ProxiedKafkaBroker | undefined;
  let platform: DistributedPlatform | undefined;
  let pool: Pool | undefined;
  const proxies: TcpFaultProxy[] = [];
  const stop = async () => {
    await platform?.stop();
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await pool?.end().catch(() => undefined);
    await kafka?.destroy().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (server) await rm(server.dataDir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  };
  onStop(stop);
  try {
    server = await startServer();
    const proxy = async (port: number) => {
      const started = await TcpFaultProxy.start({ target: { host: '127.0.0.1', port } });
      proxies.push(started);
      return started;
    };
    const postgresProxies: Record<string, TcpFaultProxy> = {};
    for (const app of APPS) postgresProxies[app] = await proxy(postgresPort);
    // the broker's controller listens on the port after the broker's
    kafka = await startProxiedKafkaBroker({ brokerPort: await freeTcpPortPair() });
    const { proxy: kafkaProxy, brokers } = kafka;
    const broker = { ...kafka.broker, brokers };
    await untilConsumerGroupsWork(brokers);
    const namespace = `chaos-${run}`;
    pool = createPool({ url: server.url, size: 4, applicationName: 'hyeopchi-chaos' });
    pool.on('error', () => undefined);
    const keys = join(scratch, 'keys');
    const env = {
      DATABASE_URL: server.url,
      KAFKA_BROKERS: broker.brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      KAFKA_TOPIC_PARTITIONS: '3',
      JWT_SECRET: CHAOS_SECRET,
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_BURST: '1000000',
      AUDIT_SIGNING_KEY_FILE: join(keys, 'checkpoint-signing.key'),
      LOG_LEVEL: 'error',
      // an event of a type or revision no consumer reads waits this long for an upgrade, then is dead-lettered
      UPGRADE_WAIT_SECONDS: String(UPGRADE_WAIT_SECONDS),
    };
    const databaseUrl = server.url;
    platform = await startDistributedPlatform({
      replicas: 1,
      env,
      envOf: (app) => ({ DATABASE_URL: throughPort(databaseUrl, postgresProxies[app].port) }),
    });
    const running = server;
    return {
      platform,
      broker,
      postgresProxies,
      kafkaProxy,
      pool,
      databaseUrl: server.url,
      namespace,
      env,
      crashPostgres: () => crash(running.dataDir),
      startPostgres: async () => {
        server = await startServer();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A new broker answers before it can coordinate consumer groups (its offsets topic is created on first use): the
 * services would fail to start with "Failed to find group coordinator".
 */
async function untilConsumerGroupsWork(brokers: string[]): Promise<void> {
  const admin = new Kafka({ clientId: 'hyeopchi-chaos', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await eventually(() => admin.describeGroups(['hyeopchi-chaos-warm-up']), 120_000, 500);
  } finally {
    await admin.disconnect();
  }
}

/** SIGQUIT to the postmaster is `pg_ctl stop -m immediate`: every backend quits at once, recovery at next start. */
async function crash(dataDir: string): Promise<void> {
  const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pid, 'SIGQUIT');
  while (isAlive(pid)) await new Promise((done) => setTimeout(done, 100));
}

function throughPort(url: string, port: number): string {
  const proxied = new URL(url);
  proxied.port = String(port);
  return proxied.toString();
}

/** A free port whose successor is free too. */
async function freeTcpPortPair(): Promise<number> {
  for (;;) {
    const port = await freeTcpPort();
    if (port < 65_535 && (await portIsFree(port + 1))) return port;
  }
}

async function portIsFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}
