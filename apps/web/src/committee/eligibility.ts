/**
 * Why the signed-in member cannot do something on a session now, as the session's rules would refuse it (the same
 * codes as the API's refusals and `votingBlockedBy`); null when they can. The API decides: this only spares people
 * a form that would be refused.
 */
export type Blocker =
  | 'NOT_ON_ROSTER'
  | 'SESSION_CLOSED'
  | 'QUORUM_NOT_MET'
  | 'MEMBER_NOT_PRESENT'
  | 'MEMBER_RECUSED'
  | 'ALREADY_RECUSED'
  | 'ALREADY_VOTED';

export interface SessionFacts {
  roster: readonly string[];
  attendance: readonly { memberId: string; present: boolean }[];
  quorumMet: boolean;
  minutesPublishedAt: string | null;
}

export interface ItemFacts {
  recusals: readonly { memberId: string }[];
  motions: readonly { yourVote: string | null }[];
}

const isRecused = (item: ItemFacts, memberId: string) =>
  item.recusals.some((recusal) => recusal.memberId === memberId);

function seatBlocker(memberId: string, session: SessionFacts): Blocker | null {
  if (!session.roster.includes(memberId)) return 'NOT_ON_ROSTER';
  return session.minutesPublishedAt ? 'SESSION_CLOSED' : null;
}

/** Moving a motion: a present member, not recused from the item. */
export function motionBlocker(memberId: string, session: SessionFacts, item: ItemFacts): Blocker | null {
  const present = session.attendance.some((entry) => entry.memberId === memberId && entry.present);
  return (
    seatBlocker(memberId, session) ??
    (!present ? 'MEMBER_NOT_PRESENT' : isRecused(item, memberId) ? 'MEMBER_RECUSED' : null)
  );
}

/** Declaring a conflict of interest: once, and before voting on the item. */
export function conflictBlocker(memberId: string, session: SessionFacts, item: ItemFacts): Blocker | null {
  if (isRecused(item, memberId)) return seatBlocker(memberId, session) ?? 'ALREADY_RECUSED';
  const voted = item.motions.some((motion) => motion.yourVote !== null);
  return seatBlocker(memberId, session) ?? (voted ? 'ALREADY_VOTED' : null);
}

/** Recording a decision (the chair): while the session is open, with a quorum present. */
export function decisionBlocker(session: SessionFacts): Blocker | null {
  if (session.minutesPublishedAt) return 'SESSION_CLOSED';
  return session.quorumMet ? null : 'QUORUM_NOT_MET';
}
