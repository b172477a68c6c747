import { unreachable } from '@hyeopchi/domain-kernel';
import { ReviewEvent } from './events';

export type ReviewState =
  | { status: 'unopened' }
  | {
      status: 'open' | 'answered';
      id: string;
      proposalId: string;
      spaceId: string;
      department: string;
      dueAt: string;
      officerId: string | null;
      escalated: boolean;
    };

export const initialReview: ReviewState = { status: 'unopened' };

export function evolveReview(state: ReviewState, event: ReviewEvent): ReviewState {
  if (event.type === 'review.opened.v1') {
    const { reviewId, proposalId, spaceId, department, dueAt } = event.data;
    return {
      status: 'open',
      id: reviewId,
      proposalId,
      spaceId,
      department,
      dueAt,
      officerId: null,
      escalated: false,
    };
  }
  if (state.status === 'unopened') return state;
  switch (event.type) {
    case 'review.officer_assigned.v1':
      return { ...state, officerId: event.data.officerId };
    case 'review.interim_answer_given.v1':
      return state;
    case 'review.answered.v1':
      return { ...state, status: 'answered' };
    case 'review.escalated.v1':
      return { ...state, escalated: true };
    default:
      return unreachable(event);
  }
}
