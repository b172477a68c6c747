import { DomainEvent } from '@hyeopchi/domain-kernel';

export type AgendaSource = 'department_referral' | 'forum_tier';
export type Vote = 'for' | 'against' | 'abstain';
export type DecisionOutcome = 'adopt' | 'adopt_with_amendments' | 'reject' | 'defer';

export interface VoteTally {
  for: number;
  against: number;
  abstain: number;
}

export type SessionScheduled = DomainEvent<
  'session.scheduled.v1',
  { sessionId: string; scheduledFor: string; roster: string[]; quorum: number; scheduledAt: string }
>;
export type AgendaItemAdded = DomainEvent<
  'session.agenda_item_added.v1',
  { sessionId: string; itemId: string; proposalId: string; source: AgendaSource; addedAt: string }
>;
export type AttendanceRecorded = DomainEvent<
  'session.attendance_recorded.v1',
  { sessionId: string; memberId: string; present: boolean; recordedAt: string }
>;
export type ConflictDeclared = DomainEvent<
  'session.conflict_declared.v1',
  { sessionId: string; itemId: string; memberId: string; reason: string; declaredAt: string }
>;
export type MotionProposed = DomainEvent<
  'session.motion_proposed.v1',
  {
    sessionId: string;
    itemId: string;
    motionId: string;
    text: string;
    proposedBy: string;
    proposedAt: string;
  }
>;
export type VoteCast = DomainEvent<
  'session.vote_cast.v1',
  { sessionId: string; itemId: string; motionId: string; memberId: string; vote: Vote; castAt: string }
>;
export type DecisionRecorded = DomainEvent<
  'session.decision_recorded.v1',
  {
    sessionId: string;
    itemId: string;
    decisionId: string;
    proposalId: string;
    /** What brought the item to the committee: a department's referral or the public-forum tier. */
    source: AgendaSource;
    outcome: DecisionOutcome;
    motionId: string | null;
    /** Counted by the domain from the votes recorded on the motion, never taken from the caller. */
    tally: VoteTally;
    present: number;
    quorum: number;
    recused: string[];
    rationale: string;
    amendments: string | null;
    /** The decision this one replaces; a recorded decision is changed only this way. */
    supersedes: string | null;
    recordedAt: string;
  }
>;
export type MinutesPublished = DomainEvent<
  'session.minutes_published.v1',
  { sessionId: string; minutes: string; publishedAt: string }
>;

export type SessionEvent =
  | SessionScheduled
  | AgendaItemAdded
  | AttendanceRecorded
  | ConflictDeclared
  | MotionProposed
  | VoteCast
  | DecisionRecorded
  | MinutesPublished;
