import { Pool } from 'pg';

export interface PoolOptions {
  url: string;
  size: number;
  applicationName: string;
}

export function createPool({ url, size, applicationName }: PoolOptions): Pool {
  const pool = new Pool({
    connectionString: url,
    max: size,
    application_name: applicationName,
    // a pool that stays exhausted is an error the caller retries, never a wait without end
    connectionTimeoutMillis: 10_000,
  });
  // An idle client that loses its server emits here; without a listener the process would crash.
  pool.on('error', () => undefined);
  return pool;
}
