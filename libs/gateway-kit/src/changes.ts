import { EntityManager } from 'typeorm';

/** What subscribers hear of: a proposal that moved on, a decision the committee recorded, a session that changed. */
export type ReadModelChange =
  | { kind: 'proposal_status'; proposalId: string; status: string }
  | { kind: 'decision_recorded'; proposalId: string; sessionId: string; itemId: string }
  | { kind: 'session_changed'; sessionId: string };

/**
 * Announces a change to every gateway listening, on commit of the projection's transaction (PostgreSQL NOTIFY
 * is transactional): a rolled-back projection announces nothing. The channel is the read models' schema, so a
 * rebuild into another schema is not heard by the live gateways.
 */
export async function announce(manager: EntityManager, change: ReadModelChange): Promise<void> {
  await manager.query('SELECT pg_notify(current_schema(), $1)', [JSON.stringify(change)]);
}
