import { Pool } from 'pg';

export interface PoolOptions {
  url: string;
  size: number;
  applicationName: string;
  /**
   * Commit without waiting for the WAL to reach the disk (`synchronous_commit = off`): only for work that a lost
   * commit would redo, never for accepting events.
   */
  unflushedCommits?: boolean;
}

export function createPool({ url, size, applicationName, unflushedCommits = false }: PoolOptions): Pool {
  const pool = new Pool({
    connectionString: url,
    max: size,
    application_name: applicationName,
    ...(unflushedCommits ? { options: '-c synchronous_commit=off' } : {}),
    // a pool that stays exhausted is an error the caller retries, never a wait without end
    connectionTimeoutMillis: 10_000,
  });
  // A client that loses its server emits 'error': pg-pool listens only while the client is idle, so one checked
  // out between two queries (a transaction, an inbox's batch) would crash the process when the server stops. The
  // loss still reaches whoever uses it: its next query fails, and it is released broken.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
