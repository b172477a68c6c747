import { lockUntilCommit } from '@hyeopchi/postgres';
import { ProcessManager, Reaction, reaction, reactingTo } from '@hyeopchi/command-processing';
import { CivicEvent } from '@hyeopchi/civic/contract';
import { CommitteeEvent } from '@hyeopchi/committee/contract';
import {
  OpenReview,
  RequestImplementation,
  implementationIdFor,
  reviewIdFor,
} from '@hyeopchi/department/contract';
import { PoolClient } from 'pg';

type TierReached = Extract<CivicEvent, { type: 'proposal.tier_reached.v1' }>['data'];

/**
 * Carries a proposal through the department service: any tier tells it which departments the proposal asks (the
 * first one leads); the department tier opens a review in each; an adopted decision asks the lead department for
 * an implementation plan. A decision whose proposal's tier has not arrived yet (the civic topic can lag) waits in
 * `pending_implementations` until it does, without holding up the events behind it.
 */
export const proposalRouting = (answerWithinDays: number | undefined): ProcessManager => ({
  name: 'department.proposal-routing',
  context: 'department',
  listensTo: ['civic', 'committee'],
  migrations: [
    {
      version: 1,
      up: (schema) => `
        CREATE TABLE ${schema}.proposal_routes (
          proposal_id     text PRIMARY KEY,
          lead_department text NOT NULL
        );
        CREATE TABLE ${schema}.pending_implementations (
          decision_id text PRIMARY KEY,
          proposal_id text NOT NULL
        );
        CREATE INDEX ON ${schema}.pending_implementations (proposal_id);`,
    },
  ],
  ...reactingTo<CivicEvent | CommitteeEvent>({
    'proposal.tier_reached.v1': async (tierReached, _event, tx) => {
      const { proposalId, tier, departments } = tierReached;
      await lockProposal(proposalId, tx);
      await tx.query(
        'INSERT INTO department.proposal_routes VALUES ($1, $2) ON CONFLICT (proposal_id) DO NOTHING',
        [proposalId, departments[0]],
      );
      const reviews = tier === 'department_answer' ? openReviews(tierReached, answerWithinDays) : [];
      return [...reviews, ...(await pendingImplementations(proposalId, tx))];
    },
    'session.decision_recorded.v1': async ({ proposalId, decisionId, outcome }, _event, tx) => {
      if (outcome !== 'adopt' && outcome !== 'adopt_with_amendments') return [];
      await lockProposal(proposalId, tx);
      const lead = await leadDepartmentOf(proposalId, tx);
      if (lead) return [requestImplementation(proposalId, decisionId, lead)];
      await tx.query(
        'INSERT INTO department.pending_implementations VALUES ($1, $2) ON CONFLICT (decision_id) DO NOTHING',
        [decisionId, proposalId],
      );
      return [];
    },
  }),
});

/** A tier and a decision of one proposal come on different topics, maybe at once: one waits for the other. */
const lockProposal = (proposalId: string, tx: PoolClient) =>
  lockUntilCommit(tx, `department.proposal-routing/${proposalId}`);

function openReviews(
  { proposalId, spaceId, departments }: TierReached,
  answerWithinDays: number | undefined,
): Reaction[] {
  return departments.map((department) =>
    reaction(OpenReview, {
      reviewId: reviewIdFor(proposalId, department),
      proposalId,
      spaceId,
      department,
      departments,
      leadDepartment: departments[0],
      ...(answerWithinDays ? { answerWithinDays } : {}),
    }),
  );
}

async function leadDepartmentOf(proposalId: string, tx: PoolClient): Promise<string | undefined> {
  const { rows } = await tx.query<{ lead_department: string }>(
    'SELECT lead_department FROM department.proposal_routes WHERE proposal_id = $1',
    [proposalId],
  );
  return rows[0]?.lead_department;
}

/** Decisions that waited for this proposal's route. */
async function pendingImplementations(proposalId: string, tx: PoolClient): Promise<Reaction[]> {
  const { rows } = await tx.query<{ decision_id: string }>(
    `DELETE FROM department.pending_implementations WHERE proposal_id = $1 RETURNING decision_id`,
    [proposalId],
  );
  const lead = (await leadDepartmentOf(proposalId, tx))!;
  return rows.map((row) => requestImplementation(proposalId, row.decision_id, lead));
}

function requestImplementation(proposalId: string, decisionId: string, department: string): Reaction {
  return reaction(
    RequestImplementation,
    { implementationId: implementationIdFor(decisionId), proposalId, department, decisionId },
    // the same command whether the decision's own event or a tier it waited for issues it
    `implementation/${decisionId}`,
  );
}
