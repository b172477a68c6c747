import { feedbackDecider, surveyDecider } from '@hyeopchi/feedback-domain';
import { EventEnvelope } from '@hyeopchi/messaging';
import {
  CommandRoute,
  ProcessManager,
  Reaction,
  ServiceDefinition,
  correlationOfFirstEvent,
} from '@hyeopchi/service-runtime';
import { PoolClient } from 'pg';
import { z } from 'zod';
import { identifier, identifiers, sector, text } from './schemas';

const target = { target: z.enum(['answer', 'decision', 'implementation']), targetId: identifier };
const feedback: CommandRoute = {
  context: 'feedback',
  aggregate: 'feedback',
  streamId: (data) => `feedback-${data.target}-${data.targetId}`,
  decider: feedbackDecider,
  correlationOf: correlationOfFirstEvent,
  commands: {
    OpenFeedback: z.object({ ...target, proposalId: identifier, invited: identifiers(10_000) }).strict(),
    GiveFeedback: z.object({ ...target, rating: z.number(), comment: text(5_000) }).strict(),
  },
};

const surveyId = { surveyId: identifier };
const surveys: CommandRoute = {
  context: 'feedback',
  aggregate: 'perception survey',
  streamId: (data) => `survey-${data.surveyId}`,
  decider: surveyDecider,
  commands: {
    OpenSurvey: z.object({ ...surveyId, topic: text(200), question: text(2_000) }).strict(),
    AnswerSurvey: z.object({ ...surveyId, sector, score: z.number() }).strict(),
    CloseSurvey: z.object(surveyId).strict(),
  },
};

/** What a completion opens feedback on, by the event that completes it. */
const COMPLETIONS: Readonly<Record<string, { target: string; id: string }>> = {
  'review.answered.v1': { target: 'answer', id: 'reviewId' },
  'session.decision_recorded.v1': { target: 'decision', id: 'decisionId' },
  'implementation.completed.v1': { target: 'implementation', id: 'implementationId' },
};

/**
 * An answer, a decision or a completed implementation opens feedback to the proposal's author and supporters,
 * whom it keeps from the civic service's events.
 */
const feedbackInvitations: ProcessManager = {
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
          is_author   boolean NOT NULL,
          PRIMARY KEY (proposal_id, person_id)
        );`,
    },
  ],
  react: async (event, tx) => {
    await keepProposalPeople(event, tx);
    const completion = COMPLETIONS[event.type];
    if (!completion) return [];
    const data = event.data as Record<string, string>;
    const invited = await peopleOf(data.proposalId, tx);
    const reaction: Reaction = {
      type: 'OpenFeedback',
      data: {
        target: completion.target,
        targetId: data[completion.id],
        proposalId: data.proposalId,
        invited,
      },
    };
    return [reaction];
  },
};

async function keepProposalPeople(event: EventEnvelope, tx: PoolClient): Promise<void> {
  const data = event.data as Record<string, string>;
  const add = 'INSERT INTO feedback.proposal_people VALUES ($1, $2, $3) ON CONFLICT DO NOTHING';
  if (event.type === 'proposal.drafted.v1') await tx.query(add, [data.proposalId, data.authorId, true]);
  if (event.type === 'proposal.supported.v1') await tx.query(add, [data.proposalId, data.supporterId, false]);
  if (event.type === 'proposal.support_withdrawn.v1') {
    await tx.query('DELETE FROM feedback.proposal_people WHERE proposal_id = $1 AND person_id = $2', [
      data.proposalId,
      data.supporterId,
    ]);
  }
}

async function peopleOf(proposalId: string, tx: PoolClient): Promise<string[]> {
  const { rows } = await tx.query<{ person_id: string; is_author: boolean }>(
    'SELECT person_id, is_author FROM feedback.proposal_people WHERE proposal_id = $1 ORDER BY person_id',
    [proposalId],
  );
  // the civic service's topic can lag behind the others: wait (the bus retries) until the author is known
  if (!rows.some((row) => row.is_author)) throw new Error(`the author of ${proposalId} is not known yet`);
  return rows.map((row) => row.person_id);
}

export const feedbackService: ServiceDefinition = {
  context: 'feedback',
  routes: [feedback, surveys],
  processManagers: [feedbackInvitations],
  scheduledTasks: [],
};
