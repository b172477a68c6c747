import { FEEDBACK_LIMITS, feedbackDecider } from '@hyeopchi/feedback/domain';
import { defineAggregate, defineCommand, identifier, identifiers, text } from '@hyeopchi/contract-kit';
import { PEOPLE } from '@hyeopchi/identity';
import { z } from 'zod';

const target = { target: z.enum(['answer', 'decision', 'implementation']), targetId: identifier };

/** Sent by the platform when an answer, a decision or an implementation is done (`feedback.invitations`). */
export const OpenFeedback = defineCommand(
  'feedback',
  'OpenFeedback',
  z
    .object({ ...target, proposalId: identifier, invited: identifiers(FEEDBACK_LIMITS.invitedAtOnce) })
    .strict(),
);

/** Sent by the platform after `OpenFeedback` when more people are invited than one command carries. */
export const InviteToFeedback = defineCommand(
  'feedback',
  'InviteToFeedback',
  z.object({ ...target, invited: identifiers(FEEDBACK_LIMITS.invitedAtOnce).min(1) }).strict(),
);

export const GiveFeedback = defineCommand(
  'feedback',
  'GiveFeedback',
  z.object({ ...target, rating: z.number(), comment: text(FEEDBACK_LIMITS.comment) }).strict(),
  {
    access: { roles: PEOPLE },
    description:
      'Give (or revise) your feedback on an answer, decision or implementation you were invited to rate.',
  },
);

export const feedbackAggregate = defineAggregate({
  context: 'feedback',
  name: 'feedback',
  decider: feedbackDecider,
  streamId: ({ target, targetId }) => `feedback-${target}-${targetId}`,
  commands: [OpenFeedback, InviteToFeedback, GiveFeedback],
});
