import { AuditRecord } from '@hyeopchi/audit';
import { SessionCommand, sessionDecider } from '@hyeopchi/committee/domain';
import { DomainEvent } from '@hyeopchi/domain-kernel';
import { domainChecks } from '../src/domain-checks';

const at = '2026-03-12T09:00:00.000Z';
const metadata = { actor: 'chair', now: new Date(at) };

/** A Mapo-gu session of three whose chair moves p-1 by a motion carried: what the domain records. */
function sessionIn(spaceId: string, outcome: string): DomainEvent[] {
  const commands = [
    {
      type: 'ScheduleSession',
      data: { spaceId, spaceExists: true, scheduledFor: at, roster: ['chair', 'm-1', 'm-2'] },
    },
    { type: 'AddAgendaItem', data: { itemId: 'item-1', proposalId: 'p-1', source: 'forum_tier' } },
    ...['chair', 'm-1'].map((memberId) => ({ type: 'RecordAttendance', data: { memberId, present: true } })),
    { type: 'ProposeMotion', data: { itemId: 'item-1', motionId: 'mo-1', text: 'Refer p-1 to the city.' } },
    { type: 'CastVote', data: { itemId: 'item-1', motionId: 'mo-1', vote: 'for' } },
    {
      type: 'RecordDecision',
      data: {
        itemId: 'item-1',
        decisionId: 'd-1',
        outcome,
        motionId: 'mo-1',
        rationale: 'A city-wide matter.',
        amendments: null,
        supersedes: null,
        delegateTo: outcome === 'delegate_to_district' ? 'Mapo-gu' : null,
      },
    },
  ].map(({ type, data }) => ({ type, data: { sessionId: 's-1', chairs: ['chair'], ...data }, metadata }));
  let state = sessionDecider.initialState;
  return (commands as SessionCommand[]).flatMap((command) => {
    const events = sessionDecider.decide(command, state);
    state = events.reduce(sessionDecider.evolve, state);
    return events;
  });
}

/** p-1 on the space's docket by its forum tier, as the session's agenda item needs. */
const forumTierIn = (spaceId: string): DomainEvent => ({
  type: 'docket.item_proposed.v1',
  data: {
    proposalId: 'p-1',
    spaceId,
    source: 'forum_tier',
    reference: 'p-1',
    fromSpaceId: null,
    proposedAt: at,
  },
});

type Stream = { service: string; streamId: string; events: DomainEvent[]; schemaVersion: number };

function verified(streams: Stream[]) {
  const check = domainChecks();
  let globalPosition = 0;
  for (const { service, streamId, events, schemaVersion } of streams) {
    for (const [index, { type, data }] of events.entries()) {
      globalPosition++;
      const record: AuditRecord = {
        streamId,
        streamVersion: index + 1,
        globalPosition,
        eventId: `00000000-0000-4000-8000-${String(globalPosition).padStart(12, '0')}`,
        type,
        schemaVersion,
        data,
        metadata: {},
        recordedAt: '2026-03-12T09:00:00.000000Z',
        hash: 'ab'.repeat(32),
      };
      const failure = check.observe(service, record);
      if (failure) return failure;
    }
  }
  return check.finish();
}

const withoutSpaces = (events: DomainEvent[]) =>
  events.map(({ type, data }) => {
    const { spaceId: _space, toSpaceId: _to, ...older } = data as Record<string, unknown>;
    return { type, data: older };
  });
/** Something civic recorded, so that its export is judged; organizations are not replayed. */
const civicRecorded: Stream = {
  service: 'civic',
  streamId: 'organization-o-1',
  events: [{ type: 'organization.registered.v1', data: {} }],
  schemaVersion: 1,
};

describe("domain checks of a committee's export across spaces", () => {
  const docketIn = (spaceId: string): Stream => ({
    service: 'committee',
    streamId: 'docket-p-1',
    events: [forumTierIn(spaceId)],
    schemaVersion: 2,
  });
  const sessionStream = (events: DomainEvent[], schemaVersion = 2): Stream => ({
    service: 'committee',
    streamId: 'session-s-1',
    events,
    schemaVersion,
  });

  it("pass a Mapo-gu committee's referral to the city, recorded in the current revision", () => {
    // given
    const streams = [docketIn('Mapo-gu'), sessionStream(sessionIn('Mapo-gu', 'refer_to_city'))];
    // when
    const failure = verified(streams);
    // then
    expect(failure).toBeUndefined();
  });

  it("pass a city session recorded before there were spaces: it reads as the city's", () => {
    // given an export of revision-1 events, which name no space
    const older = withoutSpaces(sessionIn('seoul', 'adopt'));
    const {
      spaceId: _space,
      fromSpaceId: _from,
      ...docketed
    } = forumTierIn('seoul').data as Record<string, unknown>;
    const olderDocket = {
      ...docketIn('seoul'),
      events: [{ type: 'docket.item_proposed.v1', data: docketed }],
    };
    // when
    const failure = verified([{ ...olderDocket, schemaVersion: 1 }, sessionStream(older, 1)]);
    // then
    expect(older[0].data).not.toHaveProperty('spaceId');
    expect(failure).toBeUndefined();
  });

  it("fail a referral recorded in the city's own session, which the domain refuses", () => {
    // given Mapo-gu's session tampered to be the city's
    const events = sessionIn('Mapo-gu', 'refer_to_city').map((event) =>
      event.type === 'session.scheduled.v1'
        ? { ...event, data: { ...(event.data as object), spaceId: 'seoul' } }
        : event,
    );
    // when
    const failure = verified([docketIn('seoul'), sessionStream(events)]);
    // then
    expect(failure?.reason).toContain('INVALID_REFERRAL');
  });

  it("fail a proposal on the city's docket by a district's referral that civic never recorded", () => {
    // given
    const docket: Stream = {
      ...docketIn('seoul'),
      events: [
        {
          type: 'docket.item_proposed.v1',
          data: {
            proposalId: 'p-1',
            spaceId: 'seoul',
            source: 'district_referral',
            reference: 'd-1',
            fromSpaceId: 'Mapo-gu',
            proposedAt: at,
          },
        },
      ],
    };
    // when
    const failure = verified([civicRecorded, docket]);
    // then
    expect(failure).toMatchObject({ service: 'committee', streamId: 'docket-p-1', streamVersion: 1 });
    expect(failure?.reason).toBe(
      "proposal p-1 is on seoul's docket by district_referral of decision d-1, which did not move it",
    );
  });
});
