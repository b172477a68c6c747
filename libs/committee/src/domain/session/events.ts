import { DomainEvent } from '@hyeopchi/domain-kernel';

/**
 * What brings a proposal to a committee: a department's referral, the public-forum tier, a district's or council's
 * committee referring it up to the city, or the city's committee delegating it down to a district.
 */
export type AgendaSource = 'department_referral' | 'forum_tier' | 'district_referral' | 'city_delegation';
export type Vote = 'for' | 'against' | 'abstain';
/**
 * `refer_to_city`: a district's or council's committee sends the proposal up to the city's committee;
 * `delegate_to_district`: the city's committee sends it down to a district's. Neither adopts it.
 */
export type DecisionOutcome =
  'adopt' | 'adopt_with_amendments' | 'reject' | 'defer' | 'refer_to_city' | 'delegate_to_district';

/** The outcomes that move a proposal to another space's committee instead of deciding it here. */
export const MOVING_OUTCOMES: readonly DecisionOutcome[] = ['refer_to_city', 'delegate_to_district'];

export interface VoteTally {
  for: number;
  against: number;
  abstain: number;
}

export type SessionScheduled = DomainEvent<
  'session.scheduled.v1',
  {
    sessionId: string;
    /** The space whose committee meets (revision 2; sessions before spaces were the city's). */
    spaceId: string;
    scheduledFor: string;
    roster: string[];
    quorum: number;
    scheduledAt: string;
  }
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
    /** The space whose committee decided (revision 2). */
    spaceId: string;
    /** Where the decision moves the proposal: the city, or the district delegated to; null when it stays (revision 2). */
    toSpaceId: string | null;
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
