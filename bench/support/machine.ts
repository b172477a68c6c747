import { cpus, totalmem } from 'node:os';
import { Pool } from 'pg';

export async function describeMachine(pool: Pool) {
  const { rows } = await pool.query<{ server_version: string }>('SHOW server_version');
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: rows[0].server_version,
  };
}
