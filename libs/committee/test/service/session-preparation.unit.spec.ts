import { StreamEvent, StreamReader } from '@hyeopchi/command-processing';
import { DomainError } from '@hyeopchi/domain-kernel';
import { correlationOfAgendaItem, prepareSessionCommand } from '../../src/service/session-preparation';

/** Streams as the service reads them: only the events' types, data and chains matter here. */
function streamsOf(
  streams: Record<string, { type: string; data: object; correlationId?: string }[]>,
): StreamReader {
  return {
    readStream: async (streamId) =>
      (streams[streamId] ?? []).map(({ type, data, correlationId = 'chain' }) => ({
        type,
        data,
        metadata: { correlationId },
      })) as never,
  };
}
const appointed = (spaceId: string, memberId: string) => ({
  type: 'committee.member_appointed.v1',
  data: { spaceId, memberId, name: memberId, sector: 'public' },
});
const chairs = (spaceId: string, coChairs: string[]) => ({
  type: 'committee.co_chairs_designated.v1',
  data: { spaceId, coChairs },
});
const mapoRoster = [
  appointed('Mapo-gu', 'mapo-1'),
  appointed('Mapo-gu', 'mapo-2'),
  chairs('Mapo-gu', ['mapo-1', 'mapo-2']),
];
const cityRoster = [
  appointed('seoul', 'city-1'),
  appointed('seoul', 'city-2'),
  chairs('seoul', ['city-1', 'city-2']),
];
const scheduledIn = (spaceId: string) => [
  { type: 'session.scheduled.v1', data: { sessionId: 's-1', spaceId } },
];
const prepared = (type: string, data: object, streams: StreamReader) =>
  prepareSessionCommand({ type, data } as never, streams);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: DomainError) => error.code,
  );

describe('prepareSessionCommand', () => {
  const streams = streamsOf({
    'committee-roster': cityRoster,
    'committee-roster@Mapo-gu': mapoRoster,
    'session-s-1': scheduledIn('Mapo-gu'),
    'docket-p-1': [
      {
        type: 'docket.item_proposed.v1',
        data: { spaceId: 'seoul', source: 'forum_tier' },
        correlationId: 'p-1',
      },
    ],
  });

  it("schedules a session with its space's roster and chairs, not the city's", async () => {
    const { data } = await prepared('ScheduleSession', { sessionId: 's-2', spaceId: 'Mapo-gu' }, streams);
    expect(data).toMatchObject({
      roster: ['mapo-1', 'mapo-2'],
      chairs: ['mapo-1', 'mapo-2'],
      spaceExists: true,
    });
  });

  it("runs a scheduled session from its own space's chairs", async () => {
    const { data } = await prepared('RecordAttendance', { sessionId: 's-1', memberId: 'mapo-1' }, streams);
    expect(data).toMatchObject({ chairs: ['mapo-1', 'mapo-2'] });
  });

  it('finds a council has a committee only once it is established', async () => {
    const councils = streamsOf({
      'committee-roster@climate': [{ type: 'committee.established.v1', data: { spaceId: 'climate' } }],
    });
    const scheduleIn = (spaceId: string) =>
      prepared('ScheduleSession', { sessionId: 's-2', spaceId }, councils);
    expect((await scheduleIn('climate')).data).toMatchObject({ spaceExists: true });
    expect((await scheduleIn('housing')).data).toMatchObject({ spaceExists: false });
  });

  it("puts on the agenda only what its space's docket holds", async () => {
    const add = { sessionId: 's-1', itemId: 'item-1', proposalId: 'p-1', source: 'forum_tier' };
    expect(await refusal(prepared('AddAgendaItem', add, streams))).toBe('NOT_ON_DOCKET');
    const inTheCity = streamsOf({
      'docket-p-1': [
        {
          type: 'docket.item_proposed.v1',
          data: { spaceId: 'seoul', source: 'forum_tier' },
          correlationId: 'p-1',
        },
      ],
      'session-s-1': scheduledIn('seoul'),
    });
    expect(await prepared('AddAgendaItem', add, inTheCity)).toMatchObject({ correlationId: 'p-1' });
  });

  it('delegates only to one of the districts', async () => {
    const decide = (delegateTo: string) =>
      prepared('RecordDecision', { sessionId: 's-1', outcome: 'delegate_to_district', delegateTo }, streams);
    expect(await refusal(decide('Atlantis-gu'))).toBe('UNKNOWN_DISTRICT');
    expect((await decide('Mapo-gu')).data).toMatchObject({ delegateTo: 'Mapo-gu' });
  });
});

describe('correlationOfAgendaItem', () => {
  const added = (itemId: string, correlationId: string): StreamEvent => ({
    type: 'session.agenda_item_added.v1',
    data: { sessionId: 's-1', itemId, proposalId: `p-${itemId}`, source: 'referral', addedAt: '' },
    metadata: { correlationId },
  });
  const history = [
    { type: 'session.scheduled.v1', data: { sessionId: 's-1' }, metadata: { correlationId: 'session' } },
    added('item-1', 'chain-1'),
    added('item-2', 'chain-2'),
  ];

  it("joins a command on an agenda item to the chain of that item's proposal", () => {
    expect(correlationOfAgendaItem(history, { sessionId: 's-1', itemId: 'item-2' } as never)).toBe('chain-2');
  });

  it('imposes nothing on a command without an item, or on an item the session does not hold', () => {
    expect(correlationOfAgendaItem(history, { sessionId: 's-1' } as never)).toBeUndefined();
    expect(correlationOfAgendaItem(history, { sessionId: 's-1', itemId: 'item-9' } as never)).toBeUndefined();
  });

  it('reads the history only as far as the item', () => {
    function* upToTheItem() {
      yield* history;
      throw new Error('read past the item');
    }

    expect(correlationOfAgendaItem(upToTheItem(), { sessionId: 's-1', itemId: 'item-1' } as never)).toBe(
      'chain-1',
    );
  });
});
