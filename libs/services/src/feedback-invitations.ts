import { EventEnvelope } from '@hyeopchi/messaging';
import { ProcessManager, Reaction } from '@hyeopchi/service-runtime';
import { PoolClient } from 'pg';

/** What a completion opens feedback on, by the event that completes it. */
const COMPLETIONS: Readonly<Record<string, { target: string; id: string }>> = {
  'review.answered.v1': { target: 'answer', id: 'reviewId' },
  'session.decision_recorded.v1': { target: 'decision', id: 'decisionId' },
  'implementation.completed.v1': { target: 'implementation', id: 'implementationId' },
};

/**
 * An answer, a decision or a completed implementation opens feedback to the proposal's author and supporters,
 * whom it keeps from the civic service's events. Every completion follows a tier the proposal reached, and the
 * supports that reached it come before the tier in the proposal's stream: once the tier is here, so are they. A
 * completion that overtakes its tier (the civic topic can lag) waits in `pending_feedback` until the tier comes,
 * without holding up the events behind it.
 */
export const feedbackInvitations: ProcessManager = {
  name: 'feedback.invitations',
  context: 'feedback',
  listensTo: ['civic', 'department', 'committee'],
  migrations: [
    {
      version: 1,
      up: (schema) => `
        CREATE TABLE ${schema}.proposal_people (
          proposal_id text NOT NULL,
          person_id   text NOT NULL,
          PRIMARY KEY (proposal_id, person_id)
        );
        CREATE TABLE ${schema}.proposals_at_tier (proposal_id text PRIMARY KEY);
        CREATE TABLE ${schema}.pending_feedback (
          target      text NOT NULL,
          target_id   text NOT NULL,
          proposal_id text NOT NULL,
          PRIMARY KEY (target, target_id)
        );
        CREATE INDEX ON ${schema}.pending_feedback (proposal_id);`,
    },
  ],
  react: async (event, tx) => {
    const data = event.data as Record<string, string>;
    if (event.type === 'proposal.tier_reached.v1') {
      await tx.query('INSERT INTO feedback.proposals_at_tier VALUES ($1) ON CONFLICT DO NOTHING', [
        data.proposalId,
      ]);
      return pendingFeedback(data.proposalId, tx);
    }
    await keepProposalPeople(event, tx);
    const completion = COMPLETIONS[event.type];
    if (!completion) return [];
    const { rows } = await tx.query('SELECT 1 FROM feedback.proposals_at_tier WHERE proposal_id = $1', [
      data.proposalId,
    ]);
    if (rows.length > 0)
      return [await openFeedback(completion.target, data[completion.id], data.proposalId, tx)];
    await tx.query('INSERT INTO feedback.pending_feedback VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      completion.target,
      data[completion.id],
      data.proposalId,
    ]);
    return [];
  },
};

async function keepProposalPeople(event: EventEnvelope, tx: PoolClient): Promise<void> {
  const data = event.data as Record<string, string>;
  const add = 'INSERT INTO feedback.proposal_people VALUES ($1, $2) ON CONFLICT DO NOTHING';
  if (event.type === 'proposal.drafted.v1') await tx.query(add, [data.proposalId, data.authorId]);
  if (event.type === 'proposal.supported.v1') await tx.query(add, [data.proposalId, data.supporterId]);
  if (event.type === 'proposal.support_withdrawn.v1') {
    await tx.query('DELETE FROM feedback.proposal_people WHERE proposal_id = $1 AND person_id = $2', [
      data.proposalId,
      data.supporterId,
    ]);
  }
}

/** Completions that waited for this proposal's tier, in a stable order: their commands' ids depend on it. */
async function pendingFeedback(proposalId: string, tx: PoolClient): Promise<Reaction[]> {
  const { rows } = await tx.query<{ target: string; target_id: string }>(
    'DELETE FROM feedback.pending_feedback WHERE proposal_id = $1 RETURNING target, target_id',
    [proposalId],
  );
  rows.sort((a, b) => `${a.target}/${a.target_id}`.localeCompare(`${b.target}/${b.target_id}`));
  const reactions: Reaction[] = [];
  for (const row of rows) reactions.push(await openFeedback(row.target, row.target_id, proposalId, tx));
  return reactions;
}

async function openFeedback(
  target: string,
  targetId: string,
  proposalId: string,
  tx: PoolClient,
): Promise<Reaction> {
  const { rows } = await tx.query<{ person_id: string }>(
    'SELECT person_id FROM feedback.proposal_people WHERE proposal_id = $1 ORDER BY person_id',
    [proposalId],
  );
  const invited = rows.map((row) => row.person_id);
  return { type: 'OpenFeedback', data: { target, targetId, proposalId, invited } };
}
