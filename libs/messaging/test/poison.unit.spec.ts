import {
  EventEnvelope,
  KnownEvents,
  POISON_REASONS,
  PoisonEventError,
  assertApplicable,
  newerThanKnown,
} from '@hyeopchi/messaging';

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

const reasonOf = (checked: EventEnvelope) => {
  try {
    assertApplicable(checked);
    return 'applicable';
  } catch (error) {
    if (error instanceof PoisonEventError) return error.reason;
    throw error;
  }
};

describe('which decoded events a consumer can never apply', () => {
  it('applies an event of any type or revision in the stored form', () => {
    expect(reasonOf(event)).toBe('applicable');
    expect(reasonOf({ ...event, type: 'proposal.teleported.v1', schemaVersion: 9 })).toBe('applicable');
  });

  it.each<[string, Partial<EventEnvelope>]>([
    ['an event id that is not a UUID', { eventId: 'seven' }],
    ['metadata that is not an object', { metadata: [1] as unknown as EventEnvelope['metadata'] }],
    ['a type that is not versioned', { type: 'proposal.supported' }],
    ['a revision that is not positive', { schemaVersion: 0 }],
    ['an empty stream id', { streamId: '' }],
  ])('refuses %s, as an invalid event', (_what, change) => {
    expect(reasonOf({ ...event, ...change })).toBe('invalid-event');
  });

  // a newer producer's events are met in every rolling upgrade: they wait for it, and are letters only past the wait
  it('names the reasons a letter may have, a newer type or revision among them', () => {
    expect(POISON_REASONS).toEqual([
      'not-a-cloud-event',
      'malformed-json',
      'invalid-event',
      'unknown-event-type',
      'unknown-schema-version',
      'refused-by-handler',
    ]);
  });
});

describe('which events this version cannot read yet', () => {
  it('reads a known type in a revision it reads, this one or an older one', () => {
    expect(newerThanKnown(event, known)).toBeUndefined();
    expect(newerThanKnown({ ...event, schemaVersion: 1 }, known)).toBeUndefined();
  });

  it('names a type its context does not record in this version', () => {
    expect(newerThanKnown({ ...event, type: 'proposal.teleported.v1' }, known)).toEqual({
      reason: 'unknown-event-type',
      detail: 'the civic context records no proposal.teleported.v1 in this version',
    });
  });

  it('names a revision newer than its upcasters read', () => {
    expect(newerThanKnown({ ...event, schemaVersion: 3 }, known)).toEqual({
      reason: 'unknown-schema-version',
      detail: 'proposal.supported.v1 revision 3 is newer than 2, the newest this consumer reads',
    });
  });

  it('reads anything of a context it has no catalogue of, or without a catalogue', () => {
    expect(
      newerThanKnown({ ...event, context: 'ledger', type: 'entry.recorded.v9', schemaVersion: 7 }, known),
    ).toBeUndefined();
    expect(newerThanKnown({ ...event, type: 'proposal.teleported.v1' }, undefined)).toBeUndefined();
  });
});
