import { HyeopchiConfig } from '@hyeopchi/config';
import { implementationDecider, reviewDecider } from '@hyeopchi/department/domain';
import { CommandRoute, ServiceDefinition, correlationOfFirstEvent } from '@hyeopchi/command-processing';
import { z } from 'zod';
import { escalateOverdueReviews, reviewDeadlines } from './review-deadlines';
import { proposalRouting } from './proposal-routing';
import { identifier, identifiers, isoTime, text } from '@hyeopchi/contract-kit';

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

export const departmentRoutes: readonly CommandRoute[] = [reviews, implementations];

export const departmentService = (config: HyeopchiConfig): ServiceDefinition => ({
  context: 'department',
  routes: [...departmentRoutes],
  processManagers: [proposalRouting(config.REVIEW_ANSWER_WITHIN_DAYS), reviewDeadlines],
  scheduledTasks: [escalateOverdueReviews(config.DEADLINE_SCAN_INTERVAL_MS)],
});
