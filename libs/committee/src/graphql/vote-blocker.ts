import { registerEnumType } from '@nestjs/graphql';
import { AgendaItem, CommitteeSession, Motion } from '@hyeopchi/committee/read-model';

/** Why someone cannot vote on a motion now: the domain's refusal codes, and the roster's. */
export enum VoteBlocker {
  NOT_ON_ROSTER = 'NOT_ON_ROSTER',
  SESSION_CLOSED = 'SESSION_CLOSED',
  DECISION_SEALED = 'DECISION_SEALED',
  QUORUM_NOT_MET = 'QUORUM_NOT_MET',
  MEMBER_NOT_PRESENT = 'MEMBER_NOT_PRESENT',
  MEMBER_RECUSED = 'MEMBER_RECUSED',
  ALREADY_VOTED = 'ALREADY_VOTED',
}

registerEnumType(VoteBlocker, {
  name: 'VoteBlocker',
  description: 'Why you cannot vote on a motion now; CastVote would be refused with the same code.',
});

type SessionFacts = Pick<CommitteeSession, 'roster' | 'quorum' | 'attendance' | 'minutesPublishedAt'>;

/** Members recorded present now: the latest record of each counts. */
export function presentMembers(session: Pick<CommitteeSession, 'attendance'>): string[] {
  return session.attendance.filter((entry) => entry.present).map((entry) => entry.memberId);
}

/**
 * What keeps `memberId` from voting on the motion, in the order the session's decider checks its rules, so the
 * reason shown is the refusal a vote would get; null when they may vote. Null member: nobody signed in.
 */
export function voteBlocker(
  memberId: string | null,
  session: SessionFacts,
  item: Pick<AgendaItem, 'recusals'>,
  motion: Pick<Motion, 'votes' | 'sealed'>,
): VoteBlocker | null {
  if (memberId === null || !session.roster.includes(memberId)) return VoteBlocker.NOT_ON_ROSTER;
  if (session.minutesPublishedAt) return VoteBlocker.SESSION_CLOSED;
  if (motion.sealed) return VoteBlocker.DECISION_SEALED;
  const present = presentMembers(session);
  if (present.length < session.quorum) return VoteBlocker.QUORUM_NOT_MET;
  if (!present.includes(memberId)) return VoteBlocker.MEMBER_NOT_PRESENT;
  if (item.recusals.some((recusal) => recusal.memberId === memberId)) return VoteBlocker.MEMBER_RECUSED;
  if (motion.votes.some((vote) => vote.memberId === memberId)) return VoteBlocker.ALREADY_VOTED;
  return null;
}
