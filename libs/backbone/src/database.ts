import { HyeopchiConfig } from '@hyeopchi/config';
import { createPool, startEmbeddedPostgres } from '@hyeopchi/postgres';
import { Pool } from 'pg';

export interface Database {
  pool: Pool;
  /** Where the data lives, for logs and health checks; never includes a password. */
  description: string;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, started on demand with its data under ./data. */
export async function openDatabase(config: HyeopchiConfig, applicationName: string): Promise<Database> {
  if (config.DATABASE_URL) {
    const pool = createPool({ url: config.DATABASE_URL, size: config.DATABASE_POOL_SIZE, applicationName });
    const { host, pathname } = new URL(config.DATABASE_URL);
    return { pool, description: `PostgreSQL at ${host}${pathname}`, close: () => pool.end() };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_POSTGRES_DIR,
    port: config.EMBEDDED_POSTGRES_PORT,
    database: 'hyeopchi',
  });
  const pool = createPool({ url: server.url, size: config.DATABASE_POOL_SIZE, applicationName });
  return {
    pool,
    description: `embedded PostgreSQL in ${server.dataDir}`,
    close: async () => {
      await pool.end();
      await server.stop();
    },
  };
}
