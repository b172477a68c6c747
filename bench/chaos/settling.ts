import { CONTEXTS } from '@hyeopchi/context-names';
import { activeSchema } from '@hyeopchi/gateway';
import { Pool } from 'pg';

export const ROUTER = 'department.proposal-routing';
export const TIER_REACHED = 'proposal.tier_reached.v1';

/**
 * Events stored and not yet applied: by the gateways' projector (every event of every context: its own record is
 * each stream's projected version, written with the effect; its inbox rows commit in another transaction) and by
 * the department's proposal router (every tier reached, by its inbox). Zero when the platform has caught up with
 * its log, or with the log as far as `upTo` (each context's global position), under a load that goes on appending.
 */
export async function unappliedEvents(pool: Pool, upTo?: ReadonlyMap<string, string>): Promise<number> {
  if (upTo?.size === 0) return 0;
  const live = await activeSchema(pool);
  let unapplied = 0;
  for (const context of CONTEXTS) {
    const { rows } = await pool.query<{ unapplied: string }>(
      `SELECT count(*) AS unapplied FROM ${context}.events e
       LEFT JOIN "${live}".projected_streams p ON p.context = $1 AND p.stream_id = e.stream_id
       WHERE e.stream_version > coalesce(p.version, 0) AND ($2::bigint IS NULL OR e.global_position <= $2)`,
      [context, upTo?.get(context) ?? null],
    );
    unapplied += Number(rows[0].unapplied);
  }
  const { rows } = await pool.query<{ unapplied: string }>(
    `SELECT count(*) AS unapplied FROM civic.events e WHERE e.event_type = $2 AND NOT EXISTS (
       SELECT 1 FROM department.inbox i WHERE i.consumer = $1 AND i.context = 'civic' AND i.event_id = e.event_id)
       AND ($3::bigint IS NULL OR e.global_position <= $3)`,
    [ROUTER, TIER_REACHED, upTo?.get('civic') ?? null],
  );
  return unapplied + Number(rows[0].unapplied);
}
