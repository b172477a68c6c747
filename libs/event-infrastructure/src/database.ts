import { HyeopchiConfig } from '@hyeopchi/config';
import { createPool, startEmbeddedPostgres } from '@hyeopchi/postgres';
import { Pool } from 'pg';

export interface Database {
  /** For the event stores, commands and reads. */
  pool: Pool;
  /**
   * For consumers' transactions (inbox and effect), and for following the logs (relays, the in-process bus).
   * Kept apart from `pool` because an effect may issue commands while its transaction holds a connection: on
   * one pool, enough such effects at once would wait for each other; and a backlog of appends waiting for
   * `pool` would hold every read of the logs back by the whole backlog.
   *
   * Its commits do not wait for the disk. What it writes is redone if a crash loses it: an inbox row and its effect
   * commit together, a checkpoint only ever lags, and the write-ahead log is lost only from some point on, so a
   * checkpoint never outlives the effects before it; a lost commit means a redelivery, which the inbox makes
   * harmless. The events themselves are appended on `pool`, whose commits wait for the disk: an accepted event
   * is never lost.
   */
  consumerPool: Pool;
  /** How to connect, for clients that keep their own pool (the read models' TypeORM). */
  url: string;
  /** Where the data lives, for logs; never includes a password. */
  description: string;
  /** What it is, for anyone to read (GET /health): no path, no host. */
  kind: 'embedded PostgreSQL' | 'PostgreSQL';
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, started on demand with its data under ./data. */
export async function openDatabase(config: HyeopchiConfig, applicationName: string): Promise<Database> {
  if (config.DATABASE_URL) {
    const { host, pathname } = new URL(config.DATABASE_URL);
    return {
      ...pools(config.DATABASE_URL, config, applicationName),
      url: config.DATABASE_URL,
      description: `PostgreSQL at ${host}${pathname}`,
      kind: 'PostgreSQL',
    };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_POSTGRES_DIR,
    port: config.EMBEDDED_POSTGRES_PORT,
    database: 'hyeopchi',
  });
  const { close, ...both } = pools(server.url, config, applicationName);
  return {
    ...both,
    url: server.url,
    description: `embedded PostgreSQL in ${server.dataDir}`,
    kind: 'embedded PostgreSQL',
    close: async () => {
      await close();
      await server.stop();
    },
  };
}

function pools(url: string, config: HyeopchiConfig, applicationName: string) {
  const size = config.DATABASE_POOL_SIZE;
  const pool = createPool({ url, size, applicationName });
  const consumerPool = createPool({
    url,
    size,
    applicationName: `${applicationName}-consumers`,
    unflushedCommits: true,
  });
  return {
    pool,
    consumerPool,
    close: async () => void (await Promise.all([pool.end(), consumerPool.end()])),
  };
}
