import { IdSet, unreachable } from '@hyeopchi/domain-kernel';
import { ThresholdPolicy, TierName } from '../threshold-policy/events';
import { ProposalContent, ProposalEvent } from './events';

interface Authored {
  id: string;
  /** Where it is decided now: where it was drafted, until a committee refers it up or delegates it down. */
  spaceId: string;
  authorId: string;
  /** The organization it speaks for, or null for a proposal of its author alone. */
  organizationId: string | null;
  content: ProposalContent;
}

/** One variant per status: a draft has no policy, a submitted proposal always has one. */
export type ProposalState =
  | { status: 'none' }
  | ({ status: 'draft' } & Authored)
  | ({
      status: 'submitted';
      policy: ThresholdPolicy;
      supportWindowClosesAt: string;
      supporters: IdSet;
      tiersReached: readonly TierName[];
      forumParticipants: number;
      answered: boolean;
    } & Authored)
  | ({ status: 'withdrawn' } & Authored);

export const initialProposal: ProposalState = { status: 'none' };

export function evolveProposal(state: ProposalState, event: ProposalEvent): ProposalState {
  switch (event.type) {
    case 'proposal.drafted.v1': {
      const { proposalId, spaceId, authorId, organizationId, title, body, serves, departments, district } =
        event.data;
      return {
        status: 'draft',
        id: proposalId,
        spaceId,
        authorId,
        organizationId,
        content: { title, body, serves, departments, district },
      };
    }
    case 'proposal.edited.v1': {
      if (state.status !== 'draft') return state;
      const { title, body, serves, departments, district } = event.data;
      return { ...state, content: { title, body, serves, departments, district } };
    }
    case 'proposal.submitted.v1':
      if (state.status !== 'draft') return state;
      return {
        ...state,
        status: 'submitted',
        policy: event.data.policy,
        supportWindowClosesAt: event.data.supportWindowClosesAt,
        supporters: IdSet.none,
        tiersReached: [],
        forumParticipants: 0,
        answered: false,
      };
    case 'proposal.supported.v1':
      if (state.status !== 'submitted') return state;
      return { ...state, supporters: state.supporters.with(event.data.supporterId) };
    case 'proposal.support_withdrawn.v1':
      if (state.status !== 'submitted') return state;
      return { ...state, supporters: state.supporters.without(event.data.supporterId) };
    case 'proposal.tier_reached.v1':
      if (state.status !== 'submitted') return state;
      return { ...state, tiersReached: [...state.tiersReached, event.data.tier] };
    case 'proposal.forum_held.v1':
      return state.status === 'submitted' ? { ...state, forumParticipants: event.data.participants } : state;
    case 'proposal.answer_received.v1':
      return state.status === 'submitted' ? { ...state, answered: true } : state;
    case 'proposal.amended.v1':
      if (state.status !== 'submitted') return state;
      return { ...state, content: { ...state.content, title: event.data.title, body: event.data.body } };
    case 'proposal.withdrawn.v1':
      return state.status === 'draft' || state.status === 'submitted'
        ? {
            status: 'withdrawn',
            id: state.id,
            spaceId: state.spaceId,
            authorId: state.authorId,
            organizationId: state.organizationId,
            content: state.content,
          }
        : state;
    case 'proposal.referred.v1':
    case 'proposal.delegated.v1':
      return state.status === 'submitted' ? { ...state, spaceId: event.data.toSpaceId } : state;
    default:
      return unreachable(event);
  }
}
