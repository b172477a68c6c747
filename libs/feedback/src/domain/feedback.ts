import {
  CommandMetadata,
  Decider,
  DomainError,
  DomainEvent,
  IdSet,
  unreachable,
} from '@hyeopchi/domain-kernel';
import { FEEDBACK_LIMITS } from './limits';

export type FeedbackTarget = 'answer' | 'decision' | 'implementation';

export type FeedbackOpened = DomainEvent<
  'feedback.opened.v1',
  { target: FeedbackTarget; targetId: string; proposalId: string; invited: string[]; openedAt: string }
>;
/**
 * More people invited to a feedback already open: a proposal with many supporters invites them a bounded batch at a
 * time, so no event (nor its Kafka message) grows with a proposal's popularity.
 */
export type FeedbackInvited = DomainEvent<
  'feedback.invited.v1',
  { target: FeedbackTarget; targetId: string; invited: string[]; invitedAt: string }
>;
export type FeedbackGiven = DomainEvent<
  'feedback.given.v1',
  {
    target: FeedbackTarget;
    targetId: string;
    personId: string;
    rating: number;
    comment: string;
    givenAt: string;
  }
>;
/** A later rating by the same person replaces the earlier one: one feedback per person per target. */
export type FeedbackRevised = DomainEvent<
  'feedback.revised.v1',
  {
    target: FeedbackTarget;
    targetId: string;
    personId: string;
    rating: number;
    comment: string;
    revisedAt: string;
  }
>;

export type FeedbackEvent = FeedbackOpened | FeedbackInvited | FeedbackGiven | FeedbackRevised;

export type FeedbackCommand =
  | {
      type: 'OpenFeedback';
      data: { target: FeedbackTarget; targetId: string; proposalId: string; invited: string[] };
      metadata: CommandMetadata;
    }
  | {
      type: 'InviteToFeedback';
      data: { target: FeedbackTarget; targetId: string; invited: string[] };
      metadata: CommandMetadata;
    }
  | {
      type: 'GiveFeedback';
      data: { target: FeedbackTarget; targetId: string; rating: number; comment: string };
      metadata: CommandMetadata;
    };

export type FeedbackState =
  | { status: 'closed' }
  | {
      status: 'open';
      target: FeedbackTarget;
      targetId: string;
      invited: IdSet;
      /** Who has rated it already: a later rating revises theirs. */
      rated: IdSet;
    };

export type FeedbackErrorCode = 'FEEDBACK_EXISTS' | 'FEEDBACK_NOT_OPEN' | 'NOT_INVITED' | 'INVALID_FEEDBACK';

const refuse = (code: FeedbackErrorCode, message: string) => new DomainError(code, message);

export function decideFeedback(command: FeedbackCommand, state: FeedbackState): FeedbackEvent[] {
  const at = command.metadata.now.toISOString();
  const { target, targetId } = command.data;
  switch (command.type) {
    case 'OpenFeedback': {
      if (state.status === 'open')
        throw refuse('FEEDBACK_EXISTS', `feedback on ${target} ${targetId} is open already`);
      const { proposalId, invited } = command.data;
      return [
        {
          type: 'feedback.opened.v1',
          data: { target, targetId, proposalId, invited: [...new Set(invited)], openedAt: at },
        },
      ];
    }
    case 'InviteToFeedback': {
      const open = openOn(state, target, targetId);
      const invited = [...new Set(command.data.invited)].filter((personId) => !open.invited.has(personId));
      return invited.length === 0
        ? []
        : [{ type: 'feedback.invited.v1', data: { target, targetId, invited, invitedAt: at } }];
    }
    case 'GiveFeedback': {
      const open = openOn(state, target, targetId);
      const personId = command.metadata.actor;
      if (!open.invited.has(personId))
        throw refuse('NOT_INVITED', `${personId} was not invited to rate this ${target}`);
      const { rating } = command.data;
      if (!Number.isInteger(rating) || rating < 1 || rating > 5)
        throw refuse('INVALID_FEEDBACK', 'a rating is 1 to 5');
      const comment = typeof command.data.comment === 'string' ? command.data.comment.trim() : '';
      if (comment.length > FEEDBACK_LIMITS.comment)
        throw refuse('INVALID_FEEDBACK', 'a comment has at most 5,000 characters');
      return !open.rated.has(personId)
        ? [{ type: 'feedback.given.v1', data: { target, targetId, personId, rating, comment, givenAt: at } }]
        : [
            {
              type: 'feedback.revised.v1',
              data: { target, targetId, personId, rating, comment, revisedAt: at },
            },
          ];
    }
    default:
      return unreachable(command);
  }
}

function openOn(
  state: FeedbackState,
  target: FeedbackTarget,
  targetId: string,
): Extract<FeedbackState, { status: 'open' }> {
  if (state.status !== 'open')
    throw refuse('FEEDBACK_NOT_OPEN', `no feedback is open on ${target} ${targetId}`);
  if (state.target !== target || state.targetId !== targetId) {
    throw refuse(
      'INVALID_FEEDBACK',
      `this feedback is on ${state.target} ${state.targetId}, not ${target} ${targetId}`,
    );
  }
  return state;
}

const invitedAlso = (invited: IdSet, personIds: readonly string[]) =>
  personIds.reduce((set, personId) => set.with(personId), invited);

export function evolveFeedback(state: FeedbackState, event: FeedbackEvent): FeedbackState {
  switch (event.type) {
    case 'feedback.opened.v1':
      return {
        status: 'open',
        target: event.data.target,
        targetId: event.data.targetId,
        invited: invitedAlso(IdSet.none, event.data.invited),
        rated: IdSet.none,
      };
    case 'feedback.invited.v1':
      return state.status === 'open'
        ? { ...state, invited: invitedAlso(state.invited, event.data.invited) }
        : state;
    case 'feedback.given.v1':
    case 'feedback.revised.v1':
      return state.status === 'open' ? { ...state, rated: state.rated.with(event.data.personId) } : state;
    default:
      return unreachable(event);
  }
}

export const feedbackDecider: Decider<FeedbackCommand, FeedbackEvent, FeedbackState> = {
  initialState: { status: 'closed' },
  decide: decideFeedback,
  evolve: evolveFeedback,
};
