import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { allServices } from '@hyeopchi/platform';
import { Pool } from 'pg';
import { round } from './stats';

/**
 * A platform that followed a history written before it started, as it was written: its process managers start at
 * the end of the logs they follow rather than reacting to all of it again while the bench measures.
 */
export async function followedAsWritten(pool: Pool, url: string): Promise<void> {
  for (const service of allServices(loadConfiguration({ DATABASE_URL: url })))
    for (const manager of service.processManagers)
      for (const context of manager.listensTo)
        await pool.query(
          `INSERT INTO ${context}.checkpoints (name, transaction_id, global_position)
           SELECT $1, transaction_id, global_position FROM ${context}.events ORDER BY global_position DESC LIMIT 1
           ON CONFLICT (name) DO NOTHING`,
          [`bus:${manager.name}`],
        );
}

/**
 * Waits until every subscription of the platform has followed the whole of each log it follows, three checks a
 * second apart, so that the bench measures a calm machine; returns the seconds it took.
 */
export async function caughtUp(pool: Pool, withinMs: number): Promise<number> {
  const started = performance.now();
  const behindIn = CONTEXTS.map(
    (context) =>
      `SELECT count(*) FILTER (WHERE global_position < (SELECT max(global_position) FROM ${context}.events)) AS behind,
              count(*) AS following
       FROM ${context}.checkpoints`,
  ).join(' UNION ALL ');
  for (let calm = 0; calm < 3;) {
    if (performance.now() - started > withinMs) throw new Error('the platform did not catch up');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const { rows } = await pool.query<{ behind: string; following: string }>(
      `SELECT sum(behind) AS behind, sum(following) AS following FROM (${behindIn}) AS logs`,
    );
    calm = Number(rows[0].behind) === 0 && Number(rows[0].following) > 0 ? calm + 1 : 0;
  }
  return round((performance.now() - started) / 1000, 1);
}
