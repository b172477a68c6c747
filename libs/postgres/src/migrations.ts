import { Pool, PoolClient } from 'pg';
import { schemaIdentifier } from './identifiers';
import { migrating } from './migrations-under-way';
import { withTransaction } from './transaction';

export interface Migration {
  version: number;
  /** SQL run once, in one transaction; `schema` is the quoted schema identifier. */
  up(schema: string): string;
  /** Work SQL alone cannot do (hashing rows already stored, …), run after `up` in the same transaction. */
  afterwards?(tx: PoolClient, schema: string): Promise<void>;
}

/**
 * Applies a component's migrations to a schema, each once. Safe to call from several processes at start-up:
 * an advisory lock serialises them, and the version table makes a repeated run a no-op. Until it returns (waiting
 * for the lock included), `migrationsUnderWay()` names it.
 */
export async function applyMigrations(
  pool: Pool,
  schemaName: string,
  component: string,
  migrations: readonly Migration[],
): Promise<void> {
  const schema = schemaIdentifier(schemaName);
  await migrating(schemaName, component, () =>
    withTransaction(pool, async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hyeopchi.migrations.${schemaName}`]);
      await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await tx.query(
        `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         component text NOT NULL,
         version int NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (component, version))`,
      );
      const { rows } = await tx.query<{ version: number }>(
        `SELECT version FROM ${schema}.schema_migrations WHERE component = $1`,
        [component],
      );
      const applied = new Set(rows.map((row) => row.version));
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await tx.query(migration.up(schema));
        await migration.afterwards?.(tx, schema);
        await tx.query(`INSERT INTO ${schema}.schema_migrations (component, version) VALUES ($1, $2)`, [
          component,
          migration.version,
        ]);
      }
    }),
  );
}
