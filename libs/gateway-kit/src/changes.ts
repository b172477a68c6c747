import { EntityManager } from 'typeorm';

/**
 * What subscribers hear of: a proposal that moved on, a decision the committee recorded, a session that changed, and
 * how far a stream is projected (what a mutation waits for to answer with its change visible).
 */
export type ReadModelChange =
  | { kind: 'proposal_status'; proposalId: string; status: string }
  | { kind: 'decision_recorded'; proposalId: string; sessionId: string; itemId: string }
  | { kind: 'session_changed'; sessionId: string }
  | { kind: 'stream_projected'; context: string; streamId: string; version: number };

/**
 * Announces a change to every gateway listening, on commit of the projection's transaction (PostgreSQL NOTIFY
 * is transactional): a rolled-back projection announces nothing. The channel is the read models' schema, so a
 * rebuild into another schema is not heard by the live gateways.
 */
export async function announce(manager: EntityManager, change: ReadModelChange): Promise<void> {
  await manager.query('SELECT pg_notify(current_schema(), $1)', [JSON.stringify(change)]);
}

/** Announces, in one statement, several changes of one projection's transaction. */
export async function announceAll(
  manager: EntityManager,
  changes: readonly ReadModelChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await manager.query('SELECT pg_notify(current_schema(), change) FROM unnest($1::text[]) AS change', [
    changes.map((change) => JSON.stringify(change)),
  ]);
}
