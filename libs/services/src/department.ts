import { nameBasedUuid } from '@hyeopchi/common';
import { HyeopchiConfig } from '@hyeopchi/config';
import { implementationDecider, reviewDecider } from '@hyeopchi/department-domain';
import { Migration } from '@hyeopchi/postgres';
import {
  CommandRoute,
  ProcessManager,
  ScheduledTask,
  ServiceDefinition,
  correlationOfFirstEvent,
} from '@hyeopchi/service-runtime';
import { z } from 'zod';
import { identifier, identifiers, isoTime, text } from './schemas';

/** One review per proposal and department: the id is derived, so a redelivered tier opens nothing twice. */
export const reviewIdFor = (proposalId: string, department: string) =>
  nameBasedUuid(`review/${proposalId}/${department}`);
/** One implementation per adopting decision. */
export const implementationIdFor = (decisionId: string) => nameBasedUuid(`implementation/${decisionId}`);

const reviewId = { reviewId: identifier };
const reviews: CommandRoute = {
  context: 'department',
  aggregate: 'review',
  streamId: (data) => `review-${data.reviewId}`,
  decider: reviewDecider,
  correlationOf: correlationOfFirstEvent,
  commands: {
    OpenReview: z
      .object({
        ...reviewId,
        proposalId: identifier,
        department: identifier,
        departments: identifiers(30).min(1),
        leadDepartment: identifier,
        answerWithinDays: z.number().int().optional(),
      })
      .strict(),
    AssignOfficer: z.object({ ...reviewId, department: identifier, officerId: identifier }).strict(),
    GiveInterimAnswer: z.object({ ...reviewId, department: identifier, text: text(5_000) }).strict(),
    AnswerReview: z
      .object({
        ...reviewId,
        department: identifier,
        outcome: z.enum(['accepted', 'partially_accepted', 'rejected', 'referred_to_committee']),
        reasons: text(10_000),
        estimatedCost: z.number().nonnegative().max(1e15).nullable(),
      })
      .strict(),
    EscalateOverdueReview: z.object(reviewId).strict(),
  },
};

const implementationId = { implementationId: identifier };
const implementations: CommandRoute = {
  context: 'department',
  aggregate: 'implementation',
  streamId: (data) => `implementation-${data.implementationId}`,
  decider: implementationDecider,
  correlationOf: correlationOfFirstEvent,
  commands: {
    RequestImplementation: z
      .object({ ...implementationId, proposalId: identifier, department: identifier, decisionId: identifier })
      .strict(),
    PlanImplementation: z
      .object({
        ...implementationId,
        proposalId: identifier,
        department: identifier,
        milestones: z
          .array(z.object({ milestoneId: identifier, title: text(300), dueAt: isoTime }).strict())
          .max(100),
      })
      .strict(),
    CompleteMilestone: z.object({ ...implementationId, milestoneId: identifier }).strict(),
    ReportProgress: z
      .object({ ...implementationId, percent: z.number(), note: text(5_000), reason: text(2_000).optional() })
      .strict(),
    CompleteImplementation: z.object(implementationId).strict(),
    StallImplementation: z.object({ ...implementationId, reason: text(2_000) }).strict(),
  },
};

/** Which department leads each routed proposal: the implementation of an adopted decision is asked of it. */
const routesMigrations: readonly Migration[] = [
  {
    version: 1,
    up: (schema) => `
      CREATE TABLE ${schema}.proposal_routes (
        proposal_id     text PRIMARY KEY,
        lead_department text NOT NULL
      );`,
  },
];

/** A proposal at the department tier opens a review in each department it asks; the first one leads. */
const reviewsFromTiers = (answerWithinDays: number | undefined): ProcessManager => ({
  name: 'department.reviews-from-tiers',
  context: 'department',
  listensTo: ['civic'],
  migrations: routesMigrations,
  react: async (event, tx) => {
    const { proposalId, tier, departments } = event.data as {
      proposalId: string;
      tier: string;
      departments: string[];
    };
    if (event.type !== 'proposal.tier_reached.v1' || tier !== 'department_answer') return [];
    const [leadDepartment] = departments;
    await tx.query(
      'INSERT INTO department.proposal_routes VALUES ($1, $2) ON CONFLICT (proposal_id) DO NOTHING',
      [proposalId, leadDepartment],
    );
    return departments.map((department) => ({
      type: 'OpenReview',
      data: {
        reviewId: reviewIdFor(proposalId, department),
        proposalId,
        department,
        departments,
        leadDepartment,
        ...(answerWithinDays ? { answerWithinDays } : {}),
      },
    }));
  },
});

/** An adopted decision asks the proposal's lead department for an implementation plan. */
const implementationRequests: ProcessManager = {
  name: 'department.implementation-requests',
  context: 'department',
  listensTo: ['committee'],
  react: async (event, tx) => {
    if (event.type !== 'session.decision_recorded.v1') return [];
    const { proposalId, decisionId, outcome } = event.data as Record<string, string>;
    if (outcome !== 'adopt' && outcome !== 'adopt_with_amendments') return [];
    const { rows } = await tx.query<{ lead_department: string }>(
      'SELECT lead_department FROM department.proposal_routes WHERE proposal_id = $1',
      [proposalId],
    );
    // a decision on a proposal that never reached a department has no one to ask
    if (rows.length === 0) return [];
    return [
      {
        type: 'RequestImplementation',
        data: {
          implementationId: implementationIdFor(decisionId),
          proposalId,
          department: rows[0].lead_department,
          decisionId,
        },
      },
    ];
  },
};

/** The durable deadline clock: open reviews' due dates, kept from the department's own events. */
const reviewDeadlines: ProcessManager = {
  name: 'department.review-deadlines',
  context: 'department',
  listensTo: ['department'],
  migrations: [
    {
      version: 1,
      up: (schema) => `
        CREATE TABLE ${schema}.review_deadlines (
          review_id text PRIMARY KEY,
          due_at    timestamptz NOT NULL
        );
        CREATE INDEX ON ${schema}.review_deadlines (due_at);`,
    },
  ],
  react: async (event, tx) => {
    const { reviewId, dueAt } = event.data as { reviewId: string; dueAt: string };
    if (event.type === 'review.opened.v1') {
      await tx.query(
        'INSERT INTO department.review_deadlines VALUES ($1, $2) ON CONFLICT (review_id) DO NOTHING',
        [reviewId, dueAt],
      );
    } else if (event.type === 'review.answered.v1' || event.type === 'review.escalated.v1') {
      await tx.query('DELETE FROM department.review_deadlines WHERE review_id = $1', [reviewId]);
    }
    return [];
  },
};

/** Reviews past their due date without an answer are escalated, once, also after a restart. */
const escalateOverdueReviews = (everyMs: number): ScheduledTask => ({
  name: 'department.escalate-overdue-reviews',
  everyMs,
  due: async (tx, now) => {
    const { rows } = await tx.query<{ review_id: string }>(
      'SELECT review_id FROM department.review_deadlines WHERE due_at <= $1 ORDER BY due_at LIMIT 500',
      [now],
    );
    return rows.map(({ review_id }) => ({
      key: review_id,
      type: 'EscalateOverdueReview',
      data: { reviewId: review_id },
    }));
  },
});

export const departmentService = (config: HyeopchiConfig): ServiceDefinition => ({
  context: 'department',
  routes: [reviews, implementations],
  processManagers: [
    reviewsFromTiers(config.REVIEW_ANSWER_WITHIN_DAYS),
    implementationRequests,
    reviewDeadlines,
  ],
  scheduledTasks: [escalateOverdueReviews(config.DEADLINE_SCAN_INTERVAL_MS)],
});
