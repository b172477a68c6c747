import { Pool } from 'pg';
import { schemaIdentifier } from './identifiers';

export interface Migration {
  version: number;
  /** SQL run once, in one transaction; `schema` is the quoted schema identifier. */
  up(schema: string): string;
}

/**
 * Applies a component's migrations to a schema, each once. Safe to call from several processes at start-up:
 * an advisory lock serialises them, and the version table makes a repeated run a no-op.
 */
export async function applyMigrations(
  pool: Pool,
  schemaName: string,
  component: string,
  migrations: readonly Migration[],
): Promise<void> {
  const schema = schemaIdentifier(schemaName);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hyeopchi.migrations.${schemaName}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         component text NOT NULL,
         version int NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (component, version))`,
    );
    const { rows } = await client.query<{ version: number }>(
      `SELECT version FROM ${schema}.schema_migrations WHERE component = $1`,
      [component],
    );
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.up(schema));
      await client.query(`INSERT INTO ${schema}.schema_migrations (component, version) VALUES ($1, $2)`, [
        component,
        migration.version,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
