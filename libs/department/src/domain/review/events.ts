import { DomainEvent } from '@hyeopchi/domain-kernel';

export type AnswerOutcome = 'accepted' | 'partially_accepted' | 'rejected' | 'referred_to_committee';

export type ReviewOpened = DomainEvent<
  'review.opened.v1',
  {
    reviewId: string;
    proposalId: string;
    /** The space the proposal is decided in (revision 2; reviews from before spaces were the city's). */
    spaceId: string;
    department: string;
    /** Every department the proposal asked: more than one makes this part of a joint review. */
    departments: string[];
    leadDepartment: string;
    openedAt: string;
    dueAt: string;
  }
>;
export type OfficerAssigned = DomainEvent<
  'review.officer_assigned.v1',
  { reviewId: string; officerId: string; assignedAt: string }
>;
export type InterimAnswerGiven = DomainEvent<
  'review.interim_answer_given.v1',
  { reviewId: string; text: string; givenBy: string; givenAt: string }
>;
export type ReviewAnswered = DomainEvent<
  'review.answered.v1',
  {
    reviewId: string;
    proposalId: string;
    /** Where a referral to the committee goes (revision 2). */
    spaceId: string;
    department: string;
    outcome: AnswerOutcome;
    reasons: string;
    estimatedCost: number | null;
    answeredBy: string;
    answeredAt: string;
    /** Answered after the due date. */
    late: boolean;
  }
>;
export type ReviewEscalated = DomainEvent<
  'review.escalated.v1',
  { reviewId: string; proposalId: string; department: string; dueAt: string; escalatedAt: string }
>;

export type ReviewEvent =
  ReviewOpened | OfficerAssigned | InterimAnswerGiven | ReviewAnswered | ReviewEscalated;
