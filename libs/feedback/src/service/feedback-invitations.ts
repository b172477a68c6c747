import { CivicEvent } from '@hyeopchi/civic/contract';
import { ProcessManager, Reaction, reaction, reactingTo } from '@hyeopchi/command-processing';
import { CommitteeEvent } from '@hyeopchi/committee/contract';
import { DepartmentEvent } from '@hyeopchi/department/contract';
import { InviteToFeedback, OpenFeedback } from '@hyeopchi/feedback/contract';
import { FEEDBACK_LIMITS, FeedbackTarget } from '@hyeopchi/feedback/domain';
import { lockUntilCommit } from '@hyeopchi/postgres';
import { PoolClient } from 'pg';

interface Completion {
  target: FeedbackTarget;
  targetId: string;
  proposalId: string;
  /**
   * The tier this completion follows: once it is here, so are the supports that reached it, which come before it in
   * the proposal's stream. Null: any tier (an implementation, which follows a decision on either).
   */
  after: string | null;
}

/**
 * An answer, a decision or a completed implementation opens feedback to the proposal's author and supporters,
 * whom it keeps from the civic service's events. A completion that overtakes the tier it follows (the civic topic
 * can lag) waits in `pending_feedback` until that tier comes, without holding up the events behind it.
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
        CREATE TABLE ${schema}.tiers_reached (
          proposal_id text NOT NULL,
          tier        text NOT NULL,
          PRIMARY KEY (proposal_id, tier)
        );
        CREATE TABLE ${schema}.pending_feedback (
          target      text NOT NULL,
          target_id   text NOT NULL,
          proposal_id text NOT NULL,
          after_tier  text,
          PRIMARY KEY (target, target_id)
        );
        CREATE INDEX ON ${schema}.pending_feedback (proposal_id);`,
    },
  ],
  ...reactingTo<CivicEvent | DepartmentEvent | CommitteeEvent>({
    'proposal.drafted.v1': ({ proposalId, authorId }, _event, tx) =>
      keepProposalPerson(proposalId, authorId, tx),
    'proposal.supported.v1': ({ proposalId, supporterId }, _event, tx) =>
      keepProposalPerson(proposalId, supporterId, tx),
    'proposal.support_withdrawn.v1': ({ proposalId, supporterId }, _event, tx) =>
      forgetProposalPerson(proposalId, supporterId, tx),
    'proposal.tier_reached.v1': async ({ proposalId, tier }, _event, tx) => {
      await lockProposal(proposalId, tx);
      await tx.query('INSERT INTO feedback.tiers_reached VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        proposalId,
        tier,
      ]);
      return pendingFeedback(proposalId, tier, tx);
    },
    'review.answered.v1': ({ reviewId, proposalId }, _event, tx) =>
      completed({ target: 'answer', targetId: reviewId, proposalId, after: 'department_answer' }, tx),
    'session.decision_recorded.v1': async ({ decisionId, proposalId, source, toSpaceId }, _event, tx) => {
      // a decision that moves the proposal to another space's committee is not its decision: that committee's is
      if (toSpaceId !== null) return [];
      const after = source === 'forum_tier' ? 'public_forum' : 'department_answer';
      return completed({ target: 'decision', targetId: decisionId, proposalId, after }, tx);
    },
    'implementation.completed.v1': ({ implementationId, proposalId }, _event, tx) =>
      completed({ target: 'implementation', targetId: implementationId, proposalId, after: null }, tx),
  }),
};

/** A tier and a completion of one proposal come on different topics, maybe at once: one waits for the other. */
const lockProposal = (proposalId: string, tx: PoolClient) =>
  lockUntilCommit(tx, `feedback.invitations/${proposalId}`);

async function keepProposalPerson(proposalId: string, personId: string, tx: PoolClient): Promise<Reaction[]> {
  await tx.query('INSERT INTO feedback.proposal_people VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    proposalId,
    personId,
  ]);
  return [];
}

async function forgetProposalPerson(
  proposalId: string,
  personId: string,
  tx: PoolClient,
): Promise<Reaction[]> {
  await tx.query('DELETE FROM feedback.proposal_people WHERE proposal_id = $1 AND person_id = $2', [
    proposalId,
    personId,
  ]);
  return [];
}

/** Opens feedback on a completion now if the tier it follows is here, else keeps it until that tier comes. */
async function completed(completion: Completion, tx: PoolClient): Promise<Reaction[]> {
  await lockProposal(completion.proposalId, tx);
  const { rows } = await tx.query(
    'SELECT 1 FROM feedback.tiers_reached WHERE proposal_id = $1 AND ($2::text IS NULL OR tier = $2)',
    [completion.proposalId, completion.after],
  );
  if (rows.length > 0) return openFeedback(completion, tx);
  await tx.query('INSERT INTO feedback.pending_feedback VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
    completion.target,
    completion.targetId,
    completion.proposalId,
    completion.after,
  ]);
  return [];
}

/** Completions that waited for this tier of the proposal (or for any). */
async function pendingFeedback(proposalId: string, tier: string, tx: PoolClient): Promise<Reaction[]> {
  // the table holds only the completions written above, so its targets are feedback targets
  const { rows } = await tx.query<{ target: FeedbackTarget; target_id: string; after_tier: string | null }>(
    `DELETE FROM feedback.pending_feedback
      WHERE proposal_id = $1 AND (after_tier IS NULL OR after_tier = $2)
      RETURNING target, target_id, after_tier`,
    [proposalId, tier],
  );
  const reactions: Reaction[] = [];
  for (const row of rows) {
    const completion = { target: row.target, targetId: row.target_id, proposalId, after: row.after_tier };
    reactions.push(...(await openFeedback(completion, tx)));
  }
  return reactions;
}

/**
 * Opens feedback to the proposal's author and supporters, as many at once as a command carries, the rest invited
 * by the commands after it: a popular proposal's hundred thousand supporters make a hundred small events, not one
 * the contract and Kafka would refuse.
 */
async function openFeedback(
  { target, targetId, proposalId }: Completion,
  tx: PoolClient,
): Promise<Reaction[]> {
  const { rows } = await tx.query<{ person_id: string }>(
    'SELECT person_id FROM feedback.proposal_people WHERE proposal_id = $1 ORDER BY person_id',
    [proposalId],
  );
  const batches = batchesOf(
    rows.map((row) => row.person_id),
    FEEDBACK_LIMITS.invitedAtOnce,
  );
  // the same commands whether the completion's own event or the tier it waited for issues them
  const key = `feedback/${target}/${targetId}`;
  return [
    reaction(OpenFeedback, { target, targetId, proposalId, invited: batches[0] ?? [] }, key),
    ...batches
      .slice(1)
      .map((invited, batch) =>
        reaction(InviteToFeedback, { target, targetId, invited }, `${key}/${batch + 1}`),
      ),
  ];
}

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, batch) =>
    items.slice(batch * size, (batch + 1) * size),
  );
}
