import {
  CITY_SPACE_ID,
  CommandMetadata,
  Decider,
  DomainError,
  boundedText,
  entryOf,
  unreachable,
} from '@hyeopchi/domain-kernel';
import { AgendaSource, DecisionOutcome, MOVING_OUTCOMES, SessionEvent, VoteTally, Vote } from './events';
import { SESSION_LIMITS } from './limits';
import { AgendaItemState, Session, evolveSession, initialSession } from './state';

type With<Type extends string, Data> = {
  type: Type;
  data: Data & { sessionId: string };
  metadata: CommandMetadata;
};

/**
 * The chair seats (the co-chairs) on the committee's roster when the command is sent: the service reads them from
 * the roster, never from the caller.
 */
interface Chaired {
  chairs: readonly string[];
}

export type SessionCommand =
  /**
   * `roster` is the space's committee roster when the session is scheduled: its quorum is a majority of it.
   * `spaceExists`: whether the space has a committee, as the service found it (the roster's chairs are its).
   */
  | With<
      'ScheduleSession',
      { spaceId: string; spaceExists: boolean; scheduledFor: string; roster: string[] } & Chaired
    >
  | With<'AddAgendaItem', { itemId: string; proposalId: string; source: AgendaSource } & Chaired>
  | With<'RecordAttendance', { memberId: string; present: boolean } & Chaired>
  | With<'DeclareConflict', { itemId: string; memberId: string; reason: string }>
  | With<'ProposeMotion', { itemId: string; motionId: string; text: string }>
  | With<'CastVote', { itemId: string; motionId: string; vote: Vote }>
  | With<
      'RecordDecision',
      {
        itemId: string;
        decisionId: string;
        outcome: DecisionOutcome;
        motionId: string | null;
        rationale: string;
        amendments: string | null;
        supersedes: string | null;
        /** The district a delegation sends the proposal to (the service checks it is one); null otherwise. */
        delegateTo: string | null;
      } & Chaired
    >
  | With<'PublishMinutes', { minutes: string } & Chaired>;

/** The commands only a chair sends (the secretariat too, except for decisions): they carry the roster's chairs. */
const CHAIRED_COMMANDS = [
  'ScheduleSession',
  'AddAgendaItem',
  'RecordAttendance',
  'RecordDecision',
  'PublishMinutes',
] as const satisfies readonly SessionCommand['type'][];
type ChairedType = (typeof CHAIRED_COMMANDS)[number];
type ChairedCommand = Extract<SessionCommand, { type: ChairedType }>;
export const isChairedCommand = (type: string): type is ChairedType =>
  (CHAIRED_COMMANDS as readonly string[]).includes(type);
const isChaired = (command: SessionCommand): command is ChairedCommand => isChairedCommand(command.type);

export type SessionErrorCode =
  | 'SESSION_EXISTS'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_CLOSED'
  | 'INVALID_SESSION'
  | 'AGENDA_ITEM_EXISTS'
  | 'UNKNOWN_AGENDA_ITEM'
  | 'NOT_ON_ROSTER'
  | 'NOT_CHAIR'
  | 'MEMBER_NOT_PRESENT'
  | 'MEMBER_RECUSED'
  | 'ALREADY_RECUSED'
  | 'ALREADY_VOTED'
  | 'UNKNOWN_MOTION'
  | 'QUORUM_NOT_MET'
  | 'DECISION_SEALED'
  | 'MAJORITY_NOT_REACHED'
  | 'INVALID_DECISION'
  | 'UNKNOWN_SPACE'
  | 'INVALID_REFERRAL'
  | 'INVALID_DELEGATION';

const refuse = (code: SessionErrorCode, message: string) => new DomainError(code, message);
const VOTES: readonly Vote[] = ['for', 'against', 'abstain'];
const OUTCOMES: readonly DecisionOutcome[] = [
  'adopt',
  'adopt_with_amendments',
  'reject',
  'defer',
  ...MOVING_OUTCOMES,
];

export function decideSession(command: SessionCommand, state: Session): SessionEvent[] {
  const { sessionId } = command.data;
  const { now, actor } = command.metadata;
  const at = now.toISOString();
  if (isChaired(command)) mustChair(command);
  if (command.type === 'ScheduleSession') {
    if (state.status !== 'unscheduled')
      throw refuse('SESSION_EXISTS', `session ${sessionId} is scheduled already`);
    const { spaceId, spaceExists, scheduledFor, roster } = command.data;
    if (!spaceExists) {
      throw refuse(
        'UNKNOWN_SPACE',
        `"${spaceId}" has no committee: name the city (seoul), a district by its id (Mapo-gu) or a council the secretariat created`,
      );
    }
    if (roster.length === 0) throw refuse('INVALID_SESSION', 'a session needs a committee with members');
    if (Number.isNaN(Date.parse(scheduledFor)))
      throw refuse('INVALID_SESSION', 'a session needs a date and time');
    const quorum = Math.floor(roster.length / 2) + 1;
    return [
      {
        type: 'session.scheduled.v1',
        data: { sessionId, spaceId, scheduledFor, roster, quorum, scheduledAt: at },
      },
    ];
  }
  if (state.status === 'unscheduled')
    throw refuse('SESSION_NOT_FOUND', `session ${sessionId} is not scheduled`);
  if (state.status === 'closed')
    throw refuse('SESSION_CLOSED', `session ${sessionId} has published its minutes`);
  const onRoster = (memberId: string) => {
    if (!state.roster.includes(memberId))
      throw refuse('NOT_ON_ROSTER', `${memberId} is not on this session's roster`);
  };
  const item = (itemId: string): AgendaItemState => {
    const found = entryOf(state.items, itemId);
    if (!found) throw refuse('UNKNOWN_AGENDA_ITEM', `${itemId} is not on the agenda`);
    return found;
  };
  const unsealed = (itemId: string, motionId: string) => {
    if (item(itemId).sealedMotions.includes(motionId)) {
      throw refuse(
        'DECISION_SEALED',
        `${motionId} was decided; a new motion may lead to a superseding decision`,
      );
    }
  };
  const present = (memberId: string) => {
    if (!state.present.includes(memberId)) {
      throw refuse('MEMBER_NOT_PRESENT', `${memberId} is not recorded as present`);
    }
  };
  const notRecused = (itemId: string, memberId: string) => {
    if (item(itemId).recused.includes(memberId)) {
      throw refuse('MEMBER_RECUSED', `${memberId} declared a conflict on ${itemId}`);
    }
  };
  const quorumMet = () => {
    if (state.present.length < state.quorum) {
      throw refuse('QUORUM_NOT_MET', `${state.present.length} present of the ${state.quorum} required`);
    }
  };
  switch (command.type) {
    case 'AddAgendaItem': {
      const { itemId, proposalId, source } = command.data;
      if (entryOf(state.items, itemId))
        throw refuse('AGENDA_ITEM_EXISTS', `${itemId} is on the agenda already`);
      return [
        {
          type: 'session.agenda_item_added.v1',
          data: { sessionId, itemId, proposalId, source, addedAt: at },
        },
      ];
    }
    case 'RecordAttendance': {
      const { memberId, present } = command.data;
      onRoster(memberId);
      return [
        { type: 'session.attendance_recorded.v1', data: { sessionId, memberId, present, recordedAt: at } },
      ];
    }
    case 'DeclareConflict': {
      const { itemId, memberId } = command.data;
      onRoster(memberId);
      const declaredOn = item(itemId);
      if (declaredOn.recused.includes(memberId))
        throw refuse('ALREADY_RECUSED', `${memberId} is recused already`);
      if (Object.values(declaredOn.motions).some((votes) => entryOf(votes, memberId))) {
        throw refuse('ALREADY_VOTED', `${memberId} voted on ${itemId} before declaring a conflict`);
      }
      const reason = requiredText(command.data.reason, 'the conflict of interest', SESSION_LIMITS.reason);
      return [
        {
          type: 'session.conflict_declared.v1',
          data: { sessionId, itemId, memberId, reason, declaredAt: at },
        },
      ];
    }
    case 'ProposeMotion': {
      const { itemId, motionId } = command.data;
      present(actor);
      notRecused(itemId, actor);
      if (entryOf(item(itemId).motions, motionId))
        throw refuse('INVALID_DECISION', `motion ${motionId} exists already`);
      const text = requiredText(command.data.text, 'a motion', SESSION_LIMITS.motion);
      return [
        {
          type: 'session.motion_proposed.v1',
          data: { sessionId, itemId, motionId, text, proposedBy: actor, proposedAt: at },
        },
      ];
    }
    case 'CastVote': {
      const { itemId, motionId, vote } = command.data;
      unsealed(itemId, motionId);
      quorumMet();
      present(actor);
      notRecused(itemId, actor);
      const votes = entryOf(item(itemId).motions, motionId);
      if (!votes) throw refuse('UNKNOWN_MOTION', `no motion ${motionId} on ${itemId}`);
      if (entryOf(votes, actor)) throw refuse('ALREADY_VOTED', `${actor} voted on ${motionId} already`);
      if (!VOTES.includes(vote)) throw refuse('INVALID_DECISION', `a vote is one of ${VOTES.join(', ')}`);
      return [
        {
          type: 'session.vote_cast.v1',
          data: { sessionId, itemId, motionId, memberId: actor, vote, castAt: at },
        },
      ];
    }
    case 'RecordDecision':
      return [decision(command.data, state, item(command.data.itemId), quorumMet, at)];
    case 'PublishMinutes':
      return [
        {
          type: 'session.minutes_published.v1',
          data: {
            sessionId,
            minutes: requiredText(command.data.minutes, 'the minutes', SESSION_LIMITS.minutes),
            publishedAt: at,
          },
        },
      ];
    default:
      return unreachable(command);
  }
}

/**
 * A session is run from a chair seat on the committee's roster, whatever role a token claims. The secretariat
 * staffs the committee without a seat: it runs sessions, but only a chair records a decision.
 */
function mustChair({ type, data, metadata: { actor, role } }: ChairedCommand): void {
  if (data.chairs.includes(actor)) return;
  const secretariatMay = type !== 'RecordDecision';
  if (secretariatMay && role === 'secretariat') return;
  throw refuse(
    'NOT_CHAIR',
    `${actor} holds no chair seat on the committee's roster: only its co-chairs${secretariatMay ? ' or the secretariat' : ''} may do this`,
  );
}

function decision(
  data: Extract<SessionCommand, { type: 'RecordDecision' }>['data'],
  state: Exclude<Session, { status: 'unscheduled' }>,
  item: AgendaItemState,
  quorumMet: () => void,
  at: string,
): SessionEvent {
  const { sessionId, itemId, decisionId, outcome, motionId, supersedes } = data;
  if (item.decisionId && supersedes !== item.decisionId) {
    throw refuse(
      'DECISION_SEALED',
      `${itemId} is decided (${item.decisionId}): record a decision that supersedes it`,
    );
  }
  if (!item.decisionId && supersedes !== null) {
    throw refuse('INVALID_DECISION', `${itemId} has no decision for ${supersedes} to supersede`);
  }
  quorumMet();
  if (!OUTCOMES.includes(outcome))
    throw refuse('INVALID_DECISION', `the outcome is one of ${OUTCOMES.join(', ')}`);
  const votes = motionId === null ? undefined : entryOf(item.motions, motionId);
  if (motionId !== null && !votes) throw refuse('UNKNOWN_MOTION', `no motion ${motionId} on ${itemId}`);
  if (motionId !== null && item.sealedMotions.includes(motionId)) {
    throw refuse('DECISION_SEALED', `${motionId} was counted by ${item.decisionId}; put a new motion`);
  }
  const tally = count(votes ?? {});
  if (outcome === 'reject' && tally.for > tally.against) {
    throw refuse(
      'INVALID_DECISION',
      `a rejection contradicts the vote (${tally.for} for, ${tally.against} against)`,
    );
  }
  const toSpaceId = destination(data, state.spaceId);
  // moving a proposal to another committee is decided as adopting it is: by a motion carried
  if (outcome === 'adopt' || outcome === 'adopt_with_amendments' || toSpaceId !== null) {
    if (!votes || tally.for <= tally.against) {
      throw refuse(
        'MAJORITY_NOT_REACHED',
        `${toSpaceId === null ? 'adoption' : 'moving a proposal'} needs more votes for than against (${tally.for} for, ${tally.against} against)`,
      );
    }
  }
  const amendments =
    outcome === 'adopt_with_amendments'
      ? requiredText(data.amendments ?? '', 'the amendments', SESSION_LIMITS.amendments)
      : null;
  return {
    type: 'session.decision_recorded.v1',
    data: {
      sessionId,
      itemId,
      decisionId,
      proposalId: item.proposalId,
      spaceId: state.spaceId,
      toSpaceId,
      source: item.source,
      outcome,
      motionId,
      tally,
      present: state.present.length,
      quorum: state.quorum,
      recused: [...item.recused],
      rationale: requiredText(data.rationale, 'the rationale', SESSION_LIMITS.rationale),
      amendments,
      supersedes,
      recordedAt: at,
    },
  };
}

/**
 * Where the decision moves the proposal, or null when it stays: a district's or council's committee refers it up
 * to the city, the city's delegates it down to the district it names.
 */
function destination(
  {
    outcome,
    delegateTo,
  }: Pick<Extract<SessionCommand, { type: 'RecordDecision' }>['data'], 'outcome' | 'delegateTo'>,
  spaceId: string,
): string | null {
  const inTheCity = spaceId === CITY_SPACE_ID;
  if (outcome !== 'delegate_to_district' && delegateTo !== null) {
    throw refuse('INVALID_DECISION', 'only a delegation names a district to delegate to');
  }
  if (outcome === 'refer_to_city') {
    if (inTheCity)
      throw refuse('INVALID_REFERRAL', "the city's committee has no higher committee to refer to");
    return CITY_SPACE_ID;
  }
  if (outcome === 'delegate_to_district') {
    if (!inTheCity) {
      throw refuse('INVALID_DELEGATION', `only the city's committee delegates, not ${spaceId}'s`);
    }
    if (delegateTo === null) throw refuse('INVALID_DELEGATION', 'name the district it is delegated to');
    return delegateTo;
  }
  return null;
}

function count(votes: Readonly<Record<string, Vote>>): VoteTally {
  const tally: VoteTally = { for: 0, against: 0, abstain: 0 };
  Object.values(votes).forEach((vote) => tally[vote]++);
  return tally;
}

function requiredText(text: string, what: string, max: number): string {
  const bounded = boundedText(text, max);
  if (bounded === null)
    throw refuse('INVALID_DECISION', `${what} needs 1 to ${max.toLocaleString('en')} characters`);
  return bounded;
}

export const sessionDecider: Decider<SessionCommand, SessionEvent, Session> = {
  initialState: initialSession,
  decide: decideSession,
  evolve: evolveSession,
};
