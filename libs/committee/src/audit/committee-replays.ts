import {
  DecisionRecorded,
  Docket,
  DocketCommand,
  DocketEvent,
  Session,
  SessionCommand,
  SessionEvent,
  VoteTally,
  Vote,
  docketDecider,
  sessionDecider,
} from '@hyeopchi/committee/domain';
import { entryOf } from '@hyeopchi/domain-kernel';
import {
  ANYONE,
  Aggregate,
  ReplayedStreams,
  by,
  replayedStreams,
} from '@hyeopchi/audit-verifier/replay-rules';

/** Who held a chair is the roster's record, another stream: the replay of a session lets anyone chair it. */
const chairs = [ANYONE];
/** Whether the space had a committee is the roster's record too: a session's replay takes the space as it is. */
const spaceExists = true;

export const sessions: Aggregate<SessionCommand, SessionEvent, Session> = {
  decider: sessionDecider,
  commands: {
    'session.scheduled.v1': ({ data: { quorum: _quorum, scheduledAt, ...data } }) => ({
      type: 'ScheduleSession',
      data: { ...data, spaceExists, chairs },
      metadata: by(ANYONE, scheduledAt),
    }),
    'session.agenda_item_added.v1': ({ data: { addedAt, ...data } }) => ({
      type: 'AddAgendaItem',
      data: { ...data, chairs },
      metadata: by(ANYONE, addedAt),
    }),
    'session.attendance_recorded.v1': ({ data: { recordedAt, ...data } }) => ({
      type: 'RecordAttendance',
      data: { ...data, chairs },
      metadata: by(ANYONE, recordedAt),
    }),
    'session.conflict_declared.v1': ({ data: { declaredAt, ...data } }) => ({
      type: 'DeclareConflict',
      data,
      metadata: by(ANYONE, declaredAt),
    }),
    'session.motion_proposed.v1': ({ data: { proposedBy, proposedAt, ...data } }) => ({
      type: 'ProposeMotion',
      data,
      metadata: by(proposedBy, proposedAt),
    }),
    'session.vote_cast.v1': ({ data: { memberId, castAt, ...data } }) => ({
      type: 'CastVote',
      data,
      metadata: by(memberId, castAt),
    }),
    'session.decision_recorded.v1': ({ data }) => ({
      type: 'RecordDecision',
      data: {
        sessionId: data.sessionId,
        itemId: data.itemId,
        decisionId: data.decisionId,
        outcome: data.outcome,
        motionId: data.motionId,
        rationale: data.rationale,
        amendments: data.amendments,
        supersedes: data.supersedes,
        // a delegation's district is where it moved the proposal; the domain derives a referral's (the city)
        delegateTo: data.outcome === 'delegate_to_district' ? data.toSpaceId : null,
        chairs,
      },
      metadata: by(ANYONE, data.recordedAt),
    }),
    'session.minutes_published.v1': ({ data: { publishedAt, ...data } }) => ({
      type: 'PublishMinutes',
      data: { ...data, chairs },
      metadata: by(ANYONE, publishedAt),
    }),
  },
  inspect: (event, session) =>
    event.type === 'session.decision_recorded.v1' ? decisionMismatch(event.data, session) : undefined,
};

/** Quorum and tally first, in the auditor's words; the domain's replay checks the rest of the decision. */
function decisionMismatch(decision: DecisionRecorded['data'], session: Session): string | undefined {
  const item = session.status === 'unscheduled' ? undefined : entryOf(session.items, decision.itemId);
  if (session.status === 'unscheduled' || !item) return undefined;
  const about = `the decision on agenda item ${decision.itemId}`;
  if (session.present.length < session.quorum) {
    return `quorum: ${session.present.length} present of ${session.quorum} required, but ${about} was recorded as quorate`;
  }
  const votes = decision.motionId === null ? {} : (entryOf(item.motions, decision.motionId) ?? {});
  const counted = tallyOf(votes);
  const side = (['for', 'against', 'abstain'] as const).find(
    (vote) => decision.tally?.[vote] !== counted[vote],
  );
  if (!side) return undefined;
  return `${about} records ${decision.tally?.[side]} ${side}, but the votes recorded before it give ${counted[side]} ${side}`;
}

function tallyOf(votes: Readonly<Record<string, Vote>>): VoteTally {
  const tally: VoteTally = { for: 0, against: 0, abstain: 0 };
  Object.values(votes).forEach((vote) => tally[vote]++);
  return tally;
}

export const dockets: Aggregate<DocketCommand, DocketEvent, Docket> = {
  decider: docketDecider,
  commands: {
    'docket.item_proposed.v1': ({ data: { proposedAt, ...data } }) => ({
      type: 'ProposeAgendaItem',
      data,
      metadata: by(ANYONE, proposedAt),
    }),
  },
};

/** What the offline verifier replays of the committee's log: every session and every proposal's docket. */
export const committeeReplays: ReplayedStreams[] = [
  replayedStreams((id) => id.startsWith('session-'), sessions),
  replayedStreams((id) => id.startsWith('docket-'), dockets),
];
