import { lockUntilCommit, schemaIdentifier, withTransaction } from '@hyeopchi/postgres';
import { Pool } from 'pg';
import { READ_MODEL_SCHEMA } from './read-model-store';
import { SWITCH_CHANNEL } from '@hyeopchi/gateway-kit';

const prepare = `
  CREATE SCHEMA IF NOT EXISTS read_models;
  CREATE TABLE IF NOT EXISTS read_models.active (
    singleton   boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    schema      text        NOT NULL,
    switched_at timestamptz NOT NULL DEFAULT now()
  );`;

/**
 * The schema whose read models are served: the last one a rebuild of this shape version switched to, or the
 * version's own. A pointer to another version's schema (older code rebuilt it, or newer) is not ours to serve.
 */
export function activeSchema(pool: Pool): Promise<string> {
  return withTransaction(pool, async (tx) => {
    await lockUntilCommit(tx, 'read-models:active');
    await tx.query(prepare);
    const { rows } = await tx.query<{ schema: string }>('SELECT schema FROM read_models.active');
    const pointed = rows[0]?.schema;
    return pointed && isOfThisVersion(pointed) ? pointed : READ_MODEL_SCHEMA;
  });
}

/** Rebuilt schemas are named after the shape version they were built with: read_models_v<n>_<time>. */
export function isOfThisVersion(schema: string): boolean {
  return schema === READ_MODEL_SCHEMA || schema.startsWith(`${READ_MODEL_SCHEMA}_`);
}

/** Makes `schema` the one served, and tells every running gateway to switch to it. */
export async function switchActiveSchema(pool: Pool, schema: string): Promise<void> {
  schemaIdentifier(schema);
  await withTransaction(pool, async (tx) => {
    await lockUntilCommit(tx, 'read-models:active');
    await tx.query(prepare);
    await tx.query(
      `INSERT INTO read_models.active (schema) VALUES ($1)
       ON CONFLICT (singleton) DO UPDATE SET schema = $1, switched_at = now()`,
      [schema],
    );
    await tx.query('SELECT pg_notify($1, $2)', [SWITCH_CHANNEL, schema]);
  });
}
