import { AuditRecord } from '@hyeopchi/audit';
import {
  CITY_SPACE,
  ProposalCommand,
  ThresholdPolicy,
  ThresholdPolicyCommand,
  proposalDecider,
  thresholdPolicyDecider,
} from '@hyeopchi/civic/domain';
import { DocketCommand, SessionCommand, docketDecider, sessionDecider } from '@hyeopchi/committee/domain';
import { ReviewCommand, reviewDecider } from '@hyeopchi/department/domain';
import { Decider, DomainEvent } from '@hyeopchi/domain-kernel';
import { domainChecks } from '../src/domain-checks';

const as = (actor: string, day: number) => ({ actor, now: new Date(Date.UTC(2026, 2, day, 9)) });

/** What a command handler appends: each command decided on the state its stream's events so far give. */
function recorded<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  commands: Command[],
): Event[] {
  let state = decider.initialState;
  return commands.flatMap((command) => {
    const events = decider.decide(command, state);
    state = events.reduce(decider.evolve, state);
    return events;
  });
}

const inTheCity = { spaceId: CITY_SPACE.id, space: CITY_SPACE };

// Civic: version 1 asks 3 supports for a department answer, version 2 (adopted after p-1 was submitted) asks 10.
const tiers = (departmentAnswer: number, publicForum: number): ThresholdPolicy['tiers'] => [
  { tier: 'department_answer', measure: 'supports', threshold: departmentAnswer },
  { tier: 'public_forum', measure: 'supports', threshold: publicForum },
];
const v1: ThresholdPolicy = { version: 1, supportWindowDays: 30, tiers: tiers(3, 5) };
const adopt = (policy: Omit<ThresholdPolicy, 'version'>, day: number): ThresholdPolicyCommand => ({
  type: 'AdoptThresholdPolicy',
  data: { ...policy, ...inTheCity, takesEffectOn: null },
  metadata: as('admin', day),
});
const policies = recorded(thresholdPolicyDecider, [
  adopt(v1, 1),
  adopt({ supportWindowDays: 14, tiers: tiers(10, 20) }, 3),
]);

const onProposal = (type: ProposalCommand['type'], data: object, actor: string, day: number) =>
  ({ type, data: { proposalId: 'p-1', ...data }, metadata: as(actor, day) }) as ProposalCommand;
const support = (supporter: string, day: number) => onProposal('SupportProposal', {}, supporter, day);
const proposal = recorded(proposalDecider, [
  onProposal(
    'DraftProposal',
    {
      title: 'Shade in Mapo parks',
      body: 'Canopies in three parks before summer.',
      serves: ['strategy-5'],
      departments: ['parks'],
      district: 'Mapo-gu',
      organizationId: null,
      ...inTheCity,
      // as the civic service finds the directory
      departmentSpaces: { parks: 'seoul' },
    },
    'kim',
    1,
  ),
  onProposal(
    'SubmitProposal',
    {
      policies: { versions: [{ ...v1, spaceId: CITY_SPACE.id, takesEffectAt: '2026-01-01T00:00:00.000Z' }] },
    },
    'kim',
    2,
  ),
  support('c-1', 4),
  support('c-2', 5),
  support('c-3', 6),
  onProposal('WithdrawSupport', {}, 'c-1', 7),
  support('c-4', 8),
]);

// Department: the department tier opened a review, which referred the proposal to the committee.
const review = recorded(reviewDecider, [
  {
    type: 'OpenReview',
    data: {
      reviewId: 'r-1',
      proposalId: 'p-1',
      spaceId: CITY_SPACE.id,
      department: 'parks',
      departments: ['parks'],
      leadDepartment: 'parks',
    },
    metadata: as('routing', 6),
  },
  {
    type: 'AnswerReview',
    data: {
      reviewId: 'r-1',
      department: 'parks',
      outcome: 'referred_to_committee',
      reasons: 'It needs a standing budget line.',
      estimatedCost: null,
    },
    metadata: as('officer-parks', 10),
  },
] satisfies ReviewCommand[]);

// Committee: roster of five (quorum 3); m-3 declares a conflict; d-2 supersedes d-1 on a new motion.
const docket = recorded(docketDecider, [
  {
    type: 'ProposeAgendaItem',
    data: {
      proposalId: 'p-1',
      spaceId: 'seoul',
      source: 'department_referral',
      reference: 'r-1',
      fromSpaceId: null,
    },
    metadata: as('routing', 10),
  },
] satisfies DocketCommand[]);
/** The roster's chair seats, which the service adds to the commands that run a session. */
const chairs: readonly string[] = ['chair'];
const onSession = (type: SessionCommand['type'], data: object, actor = 'chair') =>
  ({ type, data: { sessionId: 's-1', chairs, ...data }, metadata: as(actor, 12) }) as SessionCommand;
const onItem = (type: SessionCommand['type'], data: object, actor = 'chair') =>
  onSession(type, { itemId: 'item-1', ...data }, actor);
const vote = (memberId: string, motionId: string, vote: string) =>
  onItem('CastVote', { motionId, vote }, memberId);
const decision = (decisionId: string, outcome: string, motionId: string, supersedes: string | null) =>
  onItem('RecordDecision', {
    decisionId,
    outcome,
    motionId,
    rationale: 'Serves strategy 5.',
    amendments: null,
    supersedes,
    delegateTo: null,
  });
const session = recorded(sessionDecider, [
  onSession('ScheduleSession', {
    spaceId: 'seoul',
    spaceExists: true,
    scheduledFor: '2026-03-12T09:00:00.000Z',
    roster: ['chair', 'm-1', 'm-2', 'm-3', 'm-4'],
  }),
  onItem('AddAgendaItem', { proposalId: 'p-1', source: 'department_referral' }),
  ...['chair', 'm-1', 'm-2', 'm-3'].map((memberId) =>
    onSession('RecordAttendance', { memberId, present: true }),
  ),
  onItem('DeclareConflict', { memberId: 'm-3', reason: 'Sits on the board of the park contractor.' }),
  onItem('ProposeMotion', { motionId: 'mo-1', text: 'Adopt p-1.' }),
  vote('chair', 'mo-1', 'for'),
  vote('m-1', 'mo-1', 'for'),
  vote('m-2', 'mo-1', 'against'),
  decision('d-1', 'adopt', 'mo-1', null),
  onItem('ProposeMotion', { motionId: 'mo-2', text: "Adopt p-1 again, with this year's budget." }),
  vote('chair', 'mo-2', 'against'),
  vote('m-1', 'mo-2', 'against'),
  vote('m-2', 'mo-2', 'abstain'),
  decision('d-2', 'reject', 'mo-2', 'd-1'),
]);

type Match = (event: DomainEvent) => boolean;
const is =
  (type: string, fields: Record<string, unknown> = {}): Match =>
  (event) =>
    event.type === type &&
    Object.entries(fields).every(
      ([field, value]) => (event.data as Record<string, unknown>)[field] === value,
    );
const without = (events: DomainEvent[], match: Match) => events.filter((event) => !match(event));
const insertedBefore = (events: DomainEvent[], match: Match, event: DomainEvent) => {
  const at = events.findIndex(match);
  return [...events.slice(0, at), event, ...events.slice(at)];
};
const changed = (events: DomainEvent[], match: Match, change: (data: Record<string, unknown>) => object) =>
  events.map((event) =>
    match(event) ? { ...event, data: change(event.data as Record<string, unknown>) } : event,
  );
const versionOf = (events: DomainEvent[], match: Match) => events.findIndex(match) + 1;

/** The export, services in the order the verifier reads them, as the domain recorded it unless told otherwise. */
function exportOf(
  changes: { proposal?: DomainEvent[]; session?: DomainEvent[]; review?: DomainEvent[] } = {},
) {
  return [
    { service: 'civic', streamId: 'threshold-policy', events: policies as DomainEvent[] },
    { service: 'civic', streamId: 'proposal-p-1', events: changes.proposal ?? proposal },
    { service: 'committee', streamId: 'docket-p-1', events: docket },
    { service: 'committee', streamId: 'session-s-1', events: changes.session ?? session },
    { service: 'department', streamId: 'review-r-1', events: changes.review ?? review },
  ];
}

const recordedAt = '2026-03-12T09:00:00.000000Z';

function verified(streams: Array<ReturnType<typeof exportOf>[number] & { recordedAt?: string }>) {
  const check = domainChecks();
  let globalPosition = 0;
  for (const { service, streamId, events, recordedAt: at = recordedAt } of streams) {
    for (const [index, { type, data }] of events.entries()) {
      globalPosition++;
      const record: AuditRecord = {
        streamId,
        streamVersion: index + 1,
        globalPosition,
        eventId: `00000000-0000-4000-8000-${String(globalPosition).padStart(12, '0')}`,
        type,
        schemaVersion: 1,
        data,
        metadata: {},
        recordedAt: at,
        hash: 'ab'.repeat(32),
      };
      const failure = check.observe(service, record);
      if (failure) return failure;
    }
  }
  return check.finish();
}

describe('domain checks of an export', () => {
  describe('committee decisions', () => {
    it('pass a session whose decision a later decision on a new motion supersedes', () => {
      // given the whole chain as the domain recorded it
      const history = exportOf();
      // when
      const failure = verified(history);
      // then
      expect(failure).toBeUndefined();
    });

    it('fail a decision whose tally counts a vote that is not recorded', () => {
      // given
      const tampered = without(session, is('session.vote_cast.v1', { memberId: 'm-1', motionId: 'mo-1' }));
      // when
      const failure = verified(exportOf({ session: tampered }));
      // then
      expect(failure).toEqual({
        service: 'committee',
        streamId: 'session-s-1',
        streamVersion: versionOf(tampered, is('session.decision_recorded.v1', { decisionId: 'd-1' })),
        reason:
          'the decision on agenda item item-1 records 2 for, but the votes recorded before it give 1 for',
      });
    });

    it('fail at the vote of a member who declared a conflict on the item', () => {
      // given m-3's vote slipped in and counted
      const d1 = is('session.decision_recorded.v1', { decisionId: 'd-1' });
      const recusedVote = {
        type: 'session.vote_cast.v1',
        data: {
          sessionId: 's-1',
          itemId: 'item-1',
          motionId: 'mo-1',
          memberId: 'm-3',
          vote: 'for',
          castAt: '2026-03-12T09:00:00.000Z',
        },
      };
      const tampered = changed(insertedBefore(session, d1, recusedVote), d1, (data) => ({
        ...data,
        tally: { for: 3, against: 1, abstain: 0 },
      }));
      // when
      const failure = verified(exportOf({ session: tampered }));
      // then
      expect(failure).toMatchObject({
        service: 'committee',
        streamId: 'session-s-1',
        streamVersion: versionOf(tampered, is('session.vote_cast.v1', { memberId: 'm-3' })),
      });
      expect(failure?.reason).toContain('m-3 declared a conflict on item-1 (MEMBER_RECUSED)');
    });

    it('fail a conflict declared after the member voted on the item', () => {
      // given
      const tampered = insertedBefore(session, is('session.decision_recorded.v1', { decisionId: 'd-1' }), {
        type: 'session.conflict_declared.v1',
        data: {
          sessionId: 's-1',
          itemId: 'item-1',
          memberId: 'm-2',
          reason: 'Late.',
          declaredAt: '2026-03-12T09:00:00.000Z',
        },
      });
      // when
      const failure = verified(exportOf({ session: tampered }));
      // then
      expect(failure?.streamVersion).toBe(
        versionOf(tampered, is('session.conflict_declared.v1', { memberId: 'm-2' })),
      );
      expect(failure?.reason).toContain('ALREADY_VOTED');
    });

    it('fail a decision recorded after the quorum left', () => {
      // given m-2 and m-3 left after the vote, before the decision
      const d1 = is('session.decision_recorded.v1', { decisionId: 'd-1' });
      const left = (memberId: string) => ({
        type: 'session.attendance_recorded.v1',
        data: { sessionId: 's-1', memberId, present: false, recordedAt: '2026-03-12T09:00:00.000Z' },
      });
      const tampered = insertedBefore(insertedBefore(session, d1, left('m-2')), d1, left('m-3'));
      // when
      const failure = verified(exportOf({ session: tampered }));
      // then
      expect(failure).toEqual({
        service: 'committee',
        streamId: 'session-s-1',
        streamVersion: versionOf(tampered, d1),
        reason:
          'quorum: 2 present of 3 required, but the decision on agenda item item-1 was recorded as quorate',
      });
    });
  });

  describe('proposal tiers', () => {
    it('pass a tier reached under the older policy version the proposal was submitted under', () => {
      // given p-1 reached the department tier with 3 supports, under version 1, after version 2 asked 10
      const reached = proposal.find(is('proposal.tier_reached.v1'));
      // when
      const failure = verified(exportOf());
      // then
      expect(reached?.data).toMatchObject({ tier: 'department_answer', count: 3, policyVersion: 1 });
      expect(failure).toBeUndefined();
    });

    it('fail a tier reached with fewer supports than its policy version asks', () => {
      // given c-1's support removed, and the running counts after it made to agree
      const counts = new Map([
        ['c-2', 1],
        ['c-3', 2],
      ]);
      const tampered = changed(
        without(proposal, is('proposal.supported.v1', { supporterId: 'c-1' })),
        (event) => event.type === 'proposal.supported.v1',
        (data) => ({ ...data, supports: counts.get(data.supporterId as string) ?? data.supports }),
      );
      // when
      const failure = verified(exportOf({ proposal: tampered }));
      // then
      expect(failure).toEqual({
        service: 'civic',
        streamId: 'proposal-p-1',
        streamVersion: versionOf(tampered, is('proposal.tier_reached.v1')),
        reason:
          'proposal p-1 reached tier department_answer with 2 supports, below the threshold 3 of policy version 1',
      });
    });

    it('fail a proposal whose recorded policy version differs from the one adopted', () => {
      // given p-1's public forum threshold lowered, below what its supports have reached yet
      const lowered = { ...v1, tiers: tiers(3, 4) };
      const submitted = is('proposal.submitted.v1');
      const tampered = changed(proposal, submitted, (data) => ({ ...data, policy: lowered }));
      // when
      const failure = verified(exportOf({ proposal: tampered }));
      // then
      expect(failure).toMatchObject({
        service: 'civic',
        streamId: 'proposal-p-1',
        streamVersion: versionOf(tampered, submitted),
      });
      expect(failure?.reason).toBe(
        'proposal p-1 carries policy version 1 with rules that no adoption of version 1 records',
      );
    });

    it('fail a support whose tier event is missing', () => {
      // given
      const tampered = without(proposal, is('proposal.tier_reached.v1'));
      // when
      const failure = verified(exportOf({ proposal: tampered }));
      // then the support that reached the tier is short of its tier event
      expect(failure).toMatchObject({
        service: 'civic',
        streamId: 'proposal-p-1',
        streamVersion: versionOf(tampered, is('proposal.support_withdrawn.v1')),
      });
      expect(failure?.reason).toBe(
        'with the event before, the domain decides proposal.tier_reached.v1 here, but the stream records proposal.support_withdrawn.v1',
      );
    });

    it('pass an export whose civic log ends inside a batch, before the tier that the other services follow', () => {
      // given civic exported up to the support that reached the tier, the other services a moment later
      const cut = proposal.slice(0, versionOf(proposal, is('proposal.tier_reached.v1')) - 1);
      const later = exportOf({ proposal: cut }).map((stream) =>
        stream.service === 'civic' ? stream : { ...stream, recordedAt: '2026-03-12T09:00:01.000000Z' },
      );
      // when
      const failure = verified(later);
      // then
      expect(cut.at(-1)).toMatchObject({ type: 'proposal.supported.v1', data: { supports: 3 } });
      expect(failure).toBeUndefined();
    });

    it('fail a tier recorded outside its proposal stream, where no replay would check it', () => {
      // given
      const tier = proposal.filter(is('proposal.tier_reached.v1'));
      const streams = [...exportOf(), { service: 'civic', streamId: 'organization-o-1', events: tier }];
      // when
      const failure = verified(streams);
      // then
      expect(failure).toEqual({
        service: 'civic',
        streamId: 'organization-o-1',
        streamVersion: 1,
        reason: 'proposal.tier_reached.v1 is recorded outside the streams of its aggregate',
      });
    });

    it('fail a department review opened for a department the tier did not ask', () => {
      // given
      const opened = is('review.opened.v1');
      const tampered = changed(review, opened, (data) => ({
        ...data,
        department: 'roads',
        departments: ['roads'],
      }));
      // when
      const failure = verified(exportOf({ review: tampered }));
      // then
      expect(failure).toEqual({
        service: 'department',
        streamId: 'review-r-1',
        streamVersion: versionOf(tampered, opened),
        reason: 'review r-1 opens for roads, but proposal p-1 never reached tier department_answer asking it',
      });
    });
  });
});
