import { PROPOSAL_LIMITS } from '@hyeopchi/civic/contract';
import { REVIEW_LIMITS, reviewDecider } from '@hyeopchi/department/domain';
import { defineAggregate, defineCommand, identifier, identifiers, text } from '@hyeopchi/contract-kit';
import { CITY_SPACE_ID } from '@hyeopchi/domain-kernel';
import { OFFICERS } from '@hyeopchi/identity';
import { z } from 'zod';
import { ofTheDepartment } from './access';

const reviewId = { reviewId: identifier };
const reviewAndDepartment = { ...reviewId, department: identifier };
const byOfficers = { roles: OFFICERS, check: ofTheDepartment };

/** Sent by the platform when a proposal reaches its department tier (`department.proposal-routing`). */
export const OpenReview = defineCommand(
  'department',
  'OpenReview',
  z
    .object({
      ...reviewAndDepartment,
      proposalId: identifier,
      spaceId: identifier.default(CITY_SPACE_ID),
      // the departments the proposal asks, as many as a proposal may name
      departments: identifiers(PROPOSAL_LIMITS.items).min(1),
      leadDepartment: identifier,
      answerWithinDays: z.number().int().optional(),
    })
    .strict(),
);

export const AssignOfficer = defineCommand(
  'department',
  'AssignOfficer',
  z.object({ ...reviewAndDepartment, officerId: identifier }).strict(),
  {
    access: { roles: ['department_head'], check: ofTheDepartment },
    description: 'Assign an officer of your department to a review (department heads).',
  },
);

export const GiveInterimAnswer = defineCommand(
  'department',
  'GiveInterimAnswer',
  z.object({ ...reviewAndDepartment, text: text(REVIEW_LIMITS.interimAnswer) }).strict(),
  {
    access: byOfficers,
    description: 'Give an interim answer to a review of your department.',
    fields: { text: 'The interim answer, up to 5,000 characters.' },
  },
);

export const AnswerReview = defineCommand(
  'department',
  'AnswerReview',
  z
    .object({
      ...reviewAndDepartment,
      outcome: z.enum(['accepted', 'partially_accepted', 'rejected', 'referred_to_committee']),
      reasons: text(REVIEW_LIMITS.reasons),
      estimatedCost: z.number().nonnegative().max(REVIEW_LIMITS.estimatedCost).nullable(),
    })
    .strict(),
  {
    access: byOfficers,
    description:
      'Answer a review of your department: accept, partially accept, reject or refer to the committee.',
  },
);

/** Sent by the platform when a review falls due unanswered (`department.escalate-overdue-reviews`). */
export const EscalateOverdueReview = defineCommand(
  'department',
  'EscalateOverdueReview',
  z.object(reviewId).strict(),
);

export const reviewAggregate = defineAggregate({
  context: 'department',
  name: 'review',
  decider: reviewDecider,
  streamId: ({ reviewId }) => `review-${reviewId}`,
  commands: [OpenReview, AssignOfficer, GiveInterimAnswer, AnswerReview, EscalateOverdueReview],
});
