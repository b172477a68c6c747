import { CONTEXTS } from '@hyeopchi/context-names';
import { activeSchema } from '@hyeopchi/gateway';
import { Pool } from 'pg';

/** The consumer name of the gateways' projector for the read models in `schema`. */
export const projectorOf = (schema: string) => `gateway.read-models.${schema}`;
export const ROUTER = 'department.proposal-routing';
export const TIER_REACHED = 'proposal.tier_reached.v1';

/**
 * Events stored and not yet applied: by the gateways' projector (every event of every context) and by the
 * department's proposal router (every tier reached). Zero when the platform has caught up with its log, or
 * with the log as far as `upTo` (each context's global position), under a load that goes on appending.
 */
export async function unappliedEvents(pool: Pool, upTo?: ReadonlyMap<string, string>): Promise<number> {
  const live = await activeSchema(pool);
  let unapplied = 0;
  for (const context of CONTEXTS) {
    unapplied += await missingFromInbox(pool, live, projectorOf(live), context, upTo?.get(context));
  }
  return (
    unapplied +
    (await missingFromInbox(pool, 'department', ROUTER, 'civic', upTo?.get('civic'), [TIER_REACHED]))
  );
}

async function missingFromInbox(
  pool: Pool,
  inboxSchema: string,
  consumer: string,
  context: string,
  upTo: string | undefined,
  types: string[] | null = null,
): Promise<number> {
  const { rows } = await pool.query<{ missing: string }>(
    `SELECT count(*) AS missing FROM ${context}.events e WHERE NOT EXISTS (SELECT 1 FROM "${inboxSchema}".inbox i
       WHERE i.consumer = $1 AND i.context = $2 AND i.event_id = e.event_id)
       AND ($3::text[] IS NULL OR e.event_type = ANY($3)) AND ($4::bigint IS NULL OR e.global_position <= $4)`,
    [consumer, context, types, upTo ?? null],
  );
  return Number(rows[0].missing);
}
