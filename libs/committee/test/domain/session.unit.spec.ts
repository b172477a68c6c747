import { SessionCommand, SessionEvent, sessionDecider } from '@hyeopchi/committee/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(sessionDecider);
const now = new Date('2026-02-12T14:00:00Z');
const at = now.toISOString();
const roster = ['chair', 'm-1', 'm-2', 'm-3', 'm-4']; // quorum 3
/** The roster's chair seats, as the service reads them for the commands that run a session. */
const coChairs = ['chair', 'm-1'];

const command = <T extends SessionCommand['type']>(
  type: T,
  data: Omit<Extract<SessionCommand, { type: T }>['data'], 'sessionId' | 'chairs'>,
  actor = 'chair',
  role = 'committee_chair',
) =>
  ({
    type,
    data: { sessionId: 's-1', chairs: coChairs, ...data },
    metadata: { now, actor, role },
  }) as unknown as Extract<SessionCommand, { type: T }>;

const e = <T extends SessionEvent['type']>(
  type: T,
  data: Omit<Extract<SessionEvent, { type: T }>['data'], 'sessionId'>,
) => ({ type, data: { sessionId: 's-1', ...data } }) as unknown as Extract<SessionEvent, { type: T }>;

const scheduled = e('session.scheduled.v1', {
  spaceId: 'seoul',
  scheduledFor: '2026-02-12T14:00:00Z',
  roster,
  quorum: 3,
  scheduledAt: at,
});
const item = e('session.agenda_item_added.v1', {
  itemId: 'item-1',
  proposalId: 'p-1',
  source: 'department_referral',
  addedAt: at,
});
const present = (memberId: string) =>
  e('session.attendance_recorded.v1', { memberId, present: true, recordedAt: at });
const motion = e('session.motion_proposed.v1', {
  itemId: 'item-1',
  motionId: 'mo-1',
  text: 'Adopt proposal p-1',
  proposedBy: 'chair',
  proposedAt: at,
});
const voted = (memberId: string, vote: 'for' | 'against' | 'abstain') =>
  e('session.vote_cast.v1', { itemId: 'item-1', motionId: 'mo-1', memberId, vote, castAt: at });
const recused = (memberId: string) =>
  e('session.conflict_declared.v1', {
    itemId: 'item-1',
    memberId,
    reason: 'sits on the applicant CSO board',
    declaredAt: at,
  });
const withQuorum = [
  scheduled,
  item,
  present('chair'),
  present('m-1'),
  present('m-2'),
  present('m-3'),
  motion,
];
const vote = (actor: string, choice: 'for' | 'against' | 'abstain' = 'for') =>
  command('CastVote', { itemId: 'item-1', motionId: 'mo-1', vote: choice }, actor);
type DecisionData = Omit<Extract<SessionCommand, { type: 'RecordDecision' }>['data'], 'sessionId' | 'chairs'>;
const decision: DecisionData = {
  itemId: 'item-1',
  decisionId: 'd-1',
  outcome: 'adopt',
  motionId: 'mo-1',
  rationale: 'Serves strategy 5; cost within the district budget.',
  amendments: null,
  supersedes: null,
  delegateTo: null,
};
const decide = (extra: Partial<DecisionData> = {}) => command('RecordDecision', { ...decision, ...extra });
const adopted = e('session.decision_recorded.v1', {
  itemId: 'item-1',
  decisionId: 'd-1',
  proposalId: 'p-1',
  spaceId: 'seoul',
  toSpaceId: null,
  source: 'department_referral',
  outcome: 'adopt',
  motionId: 'mo-1',
  tally: { for: 2, against: 1, abstain: 0 },
  present: 4,
  quorum: 3,
  recused: ['m-3'],
  rationale: 'Serves strategy 5; cost within the district budget.',
  amendments: null,
  supersedes: null,
  recordedAt: at,
});
const votedAndRecused = [
  ...withQuorum,
  recused('m-3'),
  voted('chair', 'for'),
  voted('m-1', 'for'),
  voted('m-2', 'against'),
];

const inTheCity = { spaceId: 'seoul', spaceExists: true };

const minutes = e('session.minutes_published.v1', { minutes: 'Item 1 adopted.', publishedAt: at });

describe('committee session', () => {
  it('is scheduled with a quorum of a majority of its roster', () =>
    given()
      .when(command('ScheduleSession', { ...inTheCity, scheduledFor: '2026-02-12T14:00:00Z', roster }))
      .then(scheduled));

  it('is scheduled only in a space that has a committee', () =>
    given()
      .when(
        command('ScheduleSession', {
          spaceId: 'no-such-council',
          spaceExists: false,
          scheduledFor: '2026-02-12T14:00:00Z',
          roster,
        }),
      )
      .thenRefuses('UNKNOWN_SPACE'));

  it('takes attendance only from its roster', () => {
    given(scheduled)
      .when(command('RecordAttendance', { memberId: 'm-1', present: true }))
      .then(present('m-1'));
    given(scheduled)
      .when(command('RecordAttendance', { memberId: 'stranger', present: true }))
      .thenRefuses('NOT_ON_ROSTER');
  });

  it('refuses votes until a quorum is present', () =>
    given(scheduled, item, present('chair'), present('m-1'), motion)
      .when(vote('chair'))
      .thenRefuses('QUORUM_NOT_MET'));

  it('takes one vote per present member', () => {
    given(...withQuorum)
      .when(vote('m-1'))
      .then(voted('m-1', 'for'));
    given(...withQuorum, voted('m-1', 'for'))
      .when(vote('m-1', 'against'))
      .thenRefuses('ALREADY_VOTED');
    given(...withQuorum)
      .when(vote('m-4'))
      .thenRefuses('MEMBER_NOT_PRESENT');
  });

  it('excludes a member who declared a conflict of interest from that item', () => {
    given(...withQuorum)
      .when(
        command('DeclareConflict', {
          itemId: 'item-1',
          memberId: 'm-3',
          reason: ' sits on the applicant CSO board ',
        }),
      )
      .then(recused('m-3'));
    given(...withQuorum, recused('m-3'))
      .when(vote('m-3'))
      .thenRefuses('MEMBER_RECUSED');
    given(...withQuorum, voted('m-3', 'for'))
      .when(command('DeclareConflict', { itemId: 'item-1', memberId: 'm-3', reason: 'late' }))
      .thenRefuses('ALREADY_VOTED');
  });

  it('records a decision with the tally counted from the votes, the quorum and the recusals', () =>
    given(...votedAndRecused)
      .when(decide())
      .then(adopted));

  it('adopts only with more votes for than against', () =>
    given(...withQuorum, voted('chair', 'for'), voted('m-1', 'against'))
      .when(decide())
      .thenRefuses('MAJORITY_NOT_REACHED'));

  it('seals a recorded decision: only a later decision that names it supersedes it', () => {
    given(...votedAndRecused, adopted)
      .when(decide({ decisionId: 'd-2', outcome: 'defer', motionId: null }))
      .thenRefuses('DECISION_SEALED');
    given(...votedAndRecused, adopted)
      .when(vote('m-1', 'against'))
      .thenRefuses('DECISION_SEALED');
    given(...votedAndRecused, adopted)
      .when(
        decide({
          decisionId: 'd-2',
          outcome: 'defer',
          motionId: null,
          rationale: 'New cost estimate pending.',
          supersedes: 'd-1',
        }),
      )
      .then(
        e('session.decision_recorded.v1', {
          ...adopted.data,
          decisionId: 'd-2',
          outcome: 'defer',
          motionId: null,
          tally: { for: 0, against: 0, abstain: 0 },
          rationale: 'New cost estimate pending.',
          supersedes: 'd-1',
        }),
      );
  });

  it('reconsiders a decided item on a new motion, leading to a decision that supersedes the first', () => {
    const deferred = e('session.decision_recorded.v1', {
      ...adopted.data,
      outcome: 'defer',
      motionId: null,
      tally: { for: 0, against: 0, abstain: 0 },
      rationale: 'Cost estimate pending.',
    });
    const motion2 = e('session.motion_proposed.v1', {
      itemId: 'item-1',
      motionId: 'mo-2',
      text: 'Adopt p-1 with the new estimate',
      proposedBy: 'chair',
      proposedAt: at,
    });
    const vote2 = (memberId: string) =>
      e('session.vote_cast.v1', { itemId: 'item-1', motionId: 'mo-2', memberId, vote: 'for', castAt: at });
    given(...votedAndRecused, deferred)
      .when(
        command('ProposeMotion', {
          itemId: 'item-1',
          motionId: 'mo-2',
          text: 'Adopt p-1 with the new estimate',
        }),
      )
      .then(motion2);
    given(...votedAndRecused, deferred, motion2, vote2('chair'), vote2('m-1'))
      .when(decide({ decisionId: 'd-2', motionId: 'mo-2', supersedes: 'd-1' }))
      .then(
        e('session.decision_recorded.v1', {
          ...adopted.data,
          decisionId: 'd-2',
          motionId: 'mo-2',
          tally: { for: 2, against: 0, abstain: 0 },
          supersedes: 'd-1',
        }),
      );
    given(...votedAndRecused, deferred, motion2)
      .when(decide({ decisionId: 'd-2', motionId: 'mo-1', supersedes: 'd-1' }))
      .thenRefuses('DECISION_SEALED');
  });

  it('keeps a recused member from moving on the item', () =>
    given(...withQuorum, recused('m-3'))
      .when(command('ProposeMotion', { itemId: 'item-1', motionId: 'mo-2', text: 'Adopt' }, 'm-3'))
      .thenRefuses('MEMBER_RECUSED'));

  it('supersedes only a decision that exists, and never rejects against a majority', () => {
    given(...votedAndRecused)
      .when(decide({ supersedes: 'd-0' }))
      .thenRefuses('INVALID_DECISION');
    given(...votedAndRecused)
      .when(decide({ outcome: 'reject' }))
      .thenRefuses('INVALID_DECISION');
  });

  it('needs amendments to adopt with amendments, and a rationale for any decision', () => {
    given(...votedAndRecused)
      .when(decide({ outcome: 'adopt_with_amendments' }))
      .thenRefuses('INVALID_DECISION');
    given(...votedAndRecused)
      .when(decide({ rationale: ' ' }))
      .thenRefuses('INVALID_DECISION');
  });

  it('closes with its minutes, published once', () => {
    given(...votedAndRecused, adopted)
      .when(command('PublishMinutes', { minutes: 'Item 1 adopted.' }))
      .then(minutes);
    given(...votedAndRecused, adopted, minutes)
      .when(command('PublishMinutes', { minutes: 'again' }))
      .thenRefuses('SESSION_CLOSED');
    given(...votedAndRecused, adopted, minutes)
      .when(command('RecordAttendance', { memberId: 'm-4', present: true }))
      .thenRefuses('SESSION_CLOSED');
  });

  it('refuses business for an unscheduled session or an unknown item', () => {
    given().when(vote('chair')).thenRefuses('SESSION_NOT_FOUND');
    given(...withQuorum)
      .when(command('CastVote', { itemId: 'item-9', motionId: 'mo-1', vote: 'for' }))
      .thenRefuses('UNKNOWN_AGENDA_ITEM');
    given(...withQuorum)
      .when(command('CastVote', { itemId: 'item-1', motionId: 'mo-9', vote: 'for' }))
      .thenRefuses('UNKNOWN_MOTION');
  });

  it('takes an id named like an Object property for an id, not for something found', () => {
    given(...withQuorum)
      .when(command('CastVote', { itemId: 'constructor', motionId: 'mo-1', vote: 'for' }))
      .thenRefuses('UNKNOWN_AGENDA_ITEM');
    given(...withQuorum)
      .when(command('CastVote', { itemId: 'item-1', motionId: 'toString', vote: 'for' }))
      .thenRefuses('UNKNOWN_MOTION');
  });
});

/** Each command that runs a session, in a state where a chair may send it, and what it then records. */
const RUN_BY_A_CHAIR = [
  {
    type: 'ScheduleSession',
    history: [],
    data: { ...inTheCity, scheduledFor: '2026-02-12T14:00:00Z', roster },
    recorded: scheduled,
  },
  {
    type: 'AddAgendaItem',
    history: [scheduled],
    data: { itemId: 'item-1', proposalId: 'p-1', source: 'department_referral' },
    recorded: item,
  },
  {
    type: 'RecordAttendance',
    history: [scheduled],
    data: { memberId: 'm-2', present: true },
    recorded: present('m-2'),
  },
  { type: 'RecordDecision', history: votedAndRecused, data: decision, recorded: adopted },
  {
    type: 'PublishMinutes',
    history: [...votedAndRecused, adopted],
    data: { minutes: 'Item 1 adopted.' },
    recorded: minutes,
  },
] as const;

describe.each(RUN_BY_A_CHAIR)('$type, which runs a session', ({ type, history, data, recorded }) => {
  const sent = (actor: string, role: string) =>
    command(type, data as Parameters<typeof command>[1], actor, role);

  it('is accepted from either co-chair on the roster', () => {
    given(...history)
      .when(sent('chair', 'committee_chair'))
      .then(recorded);
    given(...history)
      .when(sent('m-1', 'committee_chair'))
      .then(recorded);
  });

  it("is refused to a chair's token without a chair seat: a member's seat, or none", () => {
    given(...history)
      .when(sent('m-2', 'committee_chair'))
      .thenRefuses('NOT_CHAIR');
    given(...history)
      .when(sent('stranger', 'committee_chair'))
      .thenRefuses('NOT_CHAIR');
  });
});

describe('the secretariat, which staffs the committee without a seat', () => {
  it('runs a session', () => {
    for (const { type, history, data, recorded } of RUN_BY_A_CHAIR.filter(
      ({ type }) => type !== 'RecordDecision',
    )) {
      given(...history)
        .when(command(type, data as Parameters<typeof command>[1], 'secretary', 'secretariat'))
        .then(recorded);
    }
  });

  it('records no decision: only a chair does', () =>
    given(...votedAndRecused)
      .when(command('RecordDecision', decision, 'secretary', 'secretariat'))
      .thenRefuses('NOT_CHAIR'));
});

describe("a decision that moves a proposal to another space's committee", () => {
  /** The same session, in Mapo-gu's committee. */
  const inMapo = [
    e('session.scheduled.v1', { ...scheduled.data, spaceId: 'Mapo-gu' }),
    ...votedAndRecused.slice(1),
  ];

  it("refers a proposal up to the city from a district's committee, by a motion carried", () =>
    given(...inMapo)
      .when(decide({ outcome: 'refer_to_city' }))
      .then(
        e('session.decision_recorded.v1', {
          ...adopted.data,
          spaceId: 'Mapo-gu',
          toSpaceId: 'seoul',
          outcome: 'refer_to_city',
        }),
      ));

  it("refuses a referral in the city's committee: there is none above it", () =>
    given(...votedAndRecused)
      .when(decide({ outcome: 'refer_to_city' }))
      .thenRefuses('INVALID_REFERRAL'));

  it("delegates a proposal down from the city's committee to the district it names", () =>
    given(...votedAndRecused)
      .when(decide({ outcome: 'delegate_to_district', delegateTo: 'Mapo-gu' }))
      .then(
        e('session.decision_recorded.v1', {
          ...adopted.data,
          toSpaceId: 'Mapo-gu',
          outcome: 'delegate_to_district',
        }),
      ));

  it("refuses a delegation in a district's committee, or one that names no district", () => {
    given(...inMapo)
      .when(decide({ outcome: 'delegate_to_district', delegateTo: 'Gangnam-gu' }))
      .thenRefuses('INVALID_DELEGATION');
    given(...votedAndRecused)
      .when(decide({ outcome: 'delegate_to_district' }))
      .thenRefuses('INVALID_DELEGATION');
  });

  it('names a district only for a delegation', () =>
    given(...votedAndRecused)
      .when(decide({ delegateTo: 'Mapo-gu' }))
      .thenRefuses('INVALID_DECISION'));

  it('moves a proposal only with more votes for than against', () =>
    given(...inMapo.slice(0, -3), voted('chair', 'for'), voted('m-1', 'against'))
      .when(decide({ outcome: 'refer_to_city' }))
      .thenRefuses('MAJORITY_NOT_REACHED'));
});
