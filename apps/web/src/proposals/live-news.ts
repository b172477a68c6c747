import { proposalPath } from './paths';

/** A newly submitted proposal is news to everyone reading the list; later moves are news to those who follow it. */
export const isNewlySubmitted = (change: { status: string }): boolean =>
  change.status === 'collecting_support';

/**
 * Whether the reader at `path` hears of a followed proposal's move from the notifications: not on the proposal's
 * own page, which says it itself, so that nothing is said twice.
 */
export const notifiesAt = (path: string, proposalId: string): boolean => path !== proposalPath(proposalId);
