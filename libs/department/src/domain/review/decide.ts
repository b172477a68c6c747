import { CommandMetadata, Decider, DomainError, boundedText, unreachable } from '@hyeopchi/domain-kernel';
import { AnswerOutcome, ReviewEvent } from './events';
import { REVIEW_LIMITS } from './limits';
import { ReviewState, evolveReview, initialReview } from './state';

type With<Type extends string, Data> = {
  type: Type;
  data: Data & { reviewId: string };
  metadata: CommandMetadata;
};

/** Commands by officers carry the department they act for; the review answers only its own department. */
export type ReviewCommand =
  | With<
      'OpenReview',
      {
        proposalId: string;
        spaceId: string;
        department: string;
        departments: string[];
        leadDepartment: string;
        /** Overrides the default answer period of one calendar month. */
        answerWithinDays?: number;
      }
    >
  | With<'AssignOfficer', { department: string; officerId: string }>
  | With<'GiveInterimAnswer', { department: string; text: string }>
  | With<
      'AnswerReview',
      { department: string; outcome: AnswerOutcome; reasons: string; estimatedCost: number | null }
    >
  | With<'EscalateOverdueReview', object>;

export type ReviewErrorCode =
  | 'REVIEW_EXISTS'
  | 'REVIEW_NOT_FOUND'
  | 'INVALID_REVIEW'
  | 'NOT_ROUTED_TO_DEPARTMENT'
  | 'REVIEW_ANSWERED'
  | 'INVALID_ANSWER'
  | 'NOT_OVERDUE'
  | 'ALREADY_ESCALATED';

const refuse = (code: ReviewErrorCode, message: string) => new DomainError(code, message);
const OUTCOMES: readonly AnswerOutcome[] = [
  'accepted',
  'partially_accepted',
  'rejected',
  'referred_to_committee',
];

export function decideReview(command: ReviewCommand, state: ReviewState): ReviewEvent[] {
  const { reviewId } = command.data;
  const { now, actor } = command.metadata;
  const at = now.toISOString();
  if (command.type === 'OpenReview') {
    if (state.status !== 'unopened') throw refuse('REVIEW_EXISTS', `review ${reviewId} is open already`);
    const { proposalId, spaceId, department, departments, leadDepartment, answerWithinDays } = command.data;
    if (!departments.includes(department) || !departments.includes(leadDepartment)) {
      throw refuse(
        'INVALID_REVIEW',
        'the department and the lead department are among the departments asked',
      );
    }
    if (
      answerWithinDays !== undefined &&
      (!Number.isInteger(answerWithinDays) ||
        answerWithinDays < 1 ||
        answerWithinDays > REVIEW_LIMITS.answerWithinDays)
    ) {
      throw refuse(
        'INVALID_REVIEW',
        `an answer period is a whole number of days from 1 to ${REVIEW_LIMITS.answerWithinDays}`,
      );
    }
    const dueAt =
      answerWithinDays === undefined
        ? oneMonthAfter(now)
        : new Date(now.getTime() + answerWithinDays * 86_400_000);
    return [
      {
        type: 'review.opened.v1',
        data: {
          reviewId,
          proposalId,
          spaceId,
          department,
          departments,
          leadDepartment,
          openedAt: at,
          dueAt: dueAt.toISOString(),
        },
      },
    ];
  }
  if (state.status === 'unopened') throw refuse('REVIEW_NOT_FOUND', `review ${reviewId} is not open`);
  if (command.type === 'EscalateOverdueReview') {
    if (state.status === 'answered') throw refuse('REVIEW_ANSWERED', 'an answered review is not escalated');
    if (state.escalated) throw refuse('ALREADY_ESCALATED', `review ${reviewId} was escalated already`);
    if (at <= state.dueAt) throw refuse('NOT_OVERDUE', `review ${reviewId} is due at ${state.dueAt}`);
    const { proposalId, department, dueAt } = state;
    return [
      { type: 'review.escalated.v1', data: { reviewId, proposalId, department, dueAt, escalatedAt: at } },
    ];
  }
  if (command.data.department !== state.department) {
    throw refuse(
      'NOT_ROUTED_TO_DEPARTMENT',
      `review ${reviewId} belongs to ${state.department}, not ${command.data.department}`,
    );
  }
  if (state.status === 'answered') throw refuse('REVIEW_ANSWERED', `review ${reviewId} is answered already`);
  switch (command.type) {
    case 'AssignOfficer':
      return [
        {
          type: 'review.officer_assigned.v1',
          data: { reviewId, officerId: command.data.officerId, assignedAt: at },
        },
      ];
    case 'GiveInterimAnswer':
      return [
        {
          type: 'review.interim_answer_given.v1',
          data: {
            reviewId,
            text: requiredText(command.data.text, 'an interim answer', REVIEW_LIMITS.interimAnswer),
            givenBy: actor,
            givenAt: at,
          },
        },
      ];
    case 'AnswerReview': {
      const { outcome, estimatedCost } = command.data;
      if (!OUTCOMES.includes(outcome))
        throw refuse('INVALID_ANSWER', `the outcome is one of ${OUTCOMES.join(', ')}`);
      if (estimatedCost !== null && (!Number.isFinite(estimatedCost) || estimatedCost < 0)) {
        throw refuse('INVALID_ANSWER', 'an estimated cost is a non-negative amount');
      }
      if ((outcome === 'accepted' || outcome === 'partially_accepted') && estimatedCost === null) {
        throw refuse('INVALID_ANSWER', 'an accepted proposal needs its estimated cost');
      }
      const { proposalId, spaceId, department } = state;
      return [
        {
          type: 'review.answered.v1',
          data: {
            reviewId,
            proposalId,
            spaceId,
            department,
            outcome,
            reasons: requiredText(command.data.reasons, 'reasons', REVIEW_LIMITS.reasons),
            estimatedCost,
            answeredBy: actor,
            answeredAt: at,
            late: at > state.dueAt,
          },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

/** The same day of the next month, or its last day when it has no such day (31 Jan → 28/29 Feb). */
function oneMonthAfter(date: Date): Date {
  const due = new Date(date);
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return due;
}

function requiredText(text: string, what: string, max: number): string {
  const bounded = boundedText(text, max);
  if (bounded === null) {
    throw refuse('INVALID_ANSWER', `give ${what} of 1 to ${max.toLocaleString('en-US')} characters`);
  }
  return bounded;
}

export const reviewDecider: Decider<ReviewCommand, ReviewEvent, ReviewState> = {
  initialState: initialReview,
  decide: decideReview,
  evolve: evolveReview,
};
