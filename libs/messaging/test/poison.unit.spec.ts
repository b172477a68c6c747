import { EventEnvelope, KnownEvents, PoisonEventError, assertApplicable } from '@hyeopchi/messaging';

const event: EventEnvelope = {
  context: 'civic',
  streamId: 'proposal-7',
  streamVersion: 3,
  globalPosition: 1042,
  transactionId: '98765',
  eventId: '0b9f4a0e-3c1b-4a8e-9d59-4d8c8f2f3a11',
  type: 'proposal.supported.v1',
  schemaVersion: 2,
  data: { supporter: 'citizen-12' },
  metadata: { actor: 'citizen-12' },
  recordedAt: new Date('2026-11-27T10:00:00.123Z'),
};

const known: KnownEvents = {
  typesOf: (context) => (context === 'civic' ? new Set(['proposal.supported.v1']) : undefined),
  currentRevision: () => 2,
};

const reasonOf = (checked: EventEnvelope, { knowing = true } = {}) => {
  try {
    assertApplicable(checked, knowing ? known : undefined);
    return 'applicable';
  } catch (error) {
    if (error instanceof PoisonEventError) return error.reason;
    throw error;
  }
};

describe('which decoded events a consumer can never apply', () => {
  it('applies a known type in a revision it reads, this one or an older one', () => {
    expect(reasonOf(event)).toBe('applicable');
    expect(reasonOf({ ...event, schemaVersion: 1 })).toBe('applicable');
  });

  it.each<[string, Partial<EventEnvelope>, string]>([
    ['an event id that is not a UUID', { eventId: 'seven' }, 'invalid-event'],
    [
      'metadata that is not an object',
      { metadata: [1] as unknown as EventEnvelope['metadata'] },
      'invalid-event',
    ],
    ['a type that is not versioned', { type: 'proposal.supported' }, 'invalid-event'],
    ['a revision that is not positive', { schemaVersion: 0 }, 'invalid-event'],
    ['an empty stream id', { streamId: '' }, 'invalid-event'],
    ['a type the context does not record', { type: 'proposal.teleported.v1' }, 'unknown-event-type'],
    ['a revision newer than the upcasters read', { schemaVersion: 3 }, 'unknown-schema-version'],
  ])('refuses %s', (_what, change, reason) => {
    expect(reasonOf({ ...event, ...change })).toBe(reason);
  });

  it('checks only the form of an event of a context it has no catalogue of', () => {
    expect(reasonOf({ ...event, context: 'ledger', type: 'entry.recorded.v9', schemaVersion: 7 })).toBe(
      'applicable',
    );
    expect(reasonOf({ ...event, context: 'ledger', eventId: 'seven' })).toBe('invalid-event');
    expect(reasonOf({ ...event, type: 'proposal.teleported.v1' }, { knowing: false })).toBe('applicable');
  });
});
