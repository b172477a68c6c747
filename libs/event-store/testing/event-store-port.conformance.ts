import {
  BEGINNING_OF_LOG,
  CatchUpSubscription,
  EventStore,
  EventStoreError,
  EventToAppend,
  MAX_EVENT_BYTES,
  RecordedEvent,
  WrongExpectedVersionError,
} from '@hyeopchi/event-store';
import { eventually } from '@hyeopchi/testing';
import { event, types, versions } from './test-events';

export interface PortConformanceTarget {
  /** A store holding no events and no checkpoints. */
  store: EventStore;
  /** Every event the adapter holds, counted behind the port where it can be: proves a refusal wrote nothing. */
  countEvents(): Promise<number>;
}

/**
 * What the `EventStore` port promises, whichever adapter keeps the log. `open` is called before each test.
 * Adapters add their own suite for what lies behind the port (PostgreSQL: triggers, hash chain, gap safety).
 */
export function describeEventStorePortConformance(
  adapter: string,
  open: () => Promise<PortConformanceTarget>,
): void {
  describe(`event store port conformance: ${adapter}`, () => {
    let store: EventStore;
    let countEvents: () => Promise<number>;

    beforeEach(async () => {
      ({ store, countEvents } = await open());
    });

    describe('appending and reading a stream', () => {
      it('numbers a stream from version 1 and reads it forwards, backwards, from a version and by count', async () => {
        const first = await store.appendToStream(
          'proposal-1',
          [event('proposal.drafted.v1'), event('proposal.edited.v1')],
          'no_stream',
        );
        const second = await store.appendToStream('proposal-1', [event('proposal.submitted.v1')], 2);

        expect(first.nextExpectedStreamVersion).toBe(2);
        expect(second.nextExpectedStreamVersion).toBe(3);
        expect(second.lastGlobalPosition).toBeGreaterThan(first.lastGlobalPosition);
        expect(types(await store.readStream('proposal-1'))).toEqual([
          'proposal.drafted.v1',
          'proposal.edited.v1',
          'proposal.submitted.v1',
        ]);
        expect(versions(await store.readStream('proposal-1', { direction: 'backwards' }))).toEqual([3, 2, 1]);
        expect(versions(await store.readStream('proposal-1', { fromVersion: 2 }))).toEqual([2, 3]);
        expect(
          versions(
            await store.readStream('proposal-1', { direction: 'backwards', fromVersion: 2, maxCount: 1 }),
          ),
        ).toEqual([2]);
        expect(versions(await store.readStream('proposal-1', { maxCount: 2 }))).toEqual([1, 2]);
        expect(await store.readStream('proposal-1', { fromVersion: 4 })).toEqual([]);
        expect(await store.readStream('never-written')).toEqual([]);
      });

      it('returns data and metadata as given, with the event id, schema version, transaction and time', async () => {
        const stored = event('proposal.submitted.v1', {
          title: '마을 도서관',
          districts: ['Mapo'],
          cost: 12.5,
        });
        stored.metadata = { actor: 'user-1', role: 'cso_member', correlationId: 'c-1', causationId: 'c-0' };
        stored.schemaVersion = 2;
        await store.appendToStream('proposal-2', [stored]);

        const [read] = await store.readStream('proposal-2');
        expect(read).toMatchObject({
          streamId: 'proposal-2',
          streamVersion: 1,
          eventId: stored.eventId,
          type: 'proposal.submitted.v1',
          schemaVersion: 2,
          data: stored.data,
          metadata: stored.metadata,
        });
        expect(BigInt(read.transactionId)).toBeGreaterThan(0n);
        expect(read.recordedAt).toBeInstanceOf(Date);
      });
    });

    describe('expected versions', () => {
      it('refuses a wrong exact version with the expected and actual versions, writing nothing', async () => {
        await store.appendToStream('s', [event(), event()]);
        const refused = await store.appendToStream('s', [event()], 1).catch((error: unknown) => error);

        expect(refused).toBeInstanceOf(WrongExpectedVersionError);
        expect(refused).toMatchObject({
          code: 'WRONG_EXPECTED_VERSION',
          streamId: 's',
          expected: 1,
          actual: 2,
        });
        expect(await countEvents()).toBe(2);
      });

      it('honours no_stream, stream_exists and any', async () => {
        await expect(store.appendToStream('s', [event()], 'stream_exists')).rejects.toMatchObject({
          code: 'WRONG_EXPECTED_VERSION',
          actual: 0,
        });
        await store.appendToStream('s', [event()], 'no_stream');
        await expect(store.appendToStream('s', [event()], 'no_stream')).rejects.toMatchObject({
          code: 'WRONG_EXPECTED_VERSION',
          actual: 1,
        });
        await store.appendToStream('s', [event()], 'stream_exists');
        const result = await store.appendToStream('s', [event()], 'any');
        expect(result.nextExpectedStreamVersion).toBe(3);
      });

      it('lets exactly one of 50 parallel appenders at the same expected version win', async () => {
        await store.appendToStream('contested', [event()]);
        const outcomes = await Promise.allSettled(
          Array.from({ length: 50 }, () => store.appendToStream('contested', [event(), event()], 1)),
        );

        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const lost = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(49);
        lost.forEach((error) =>
          expect(error).toMatchObject({ code: 'WRONG_EXPECTED_VERSION', expected: 1, actual: 3 }),
        );
        expect(versions(await store.readStream('contested'))).toEqual([1, 2, 3]);
      });

      it('serialises parallel appenders that expect any version into one gap-free stream', async () => {
        await Promise.all(Array.from({ length: 20 }, () => store.appendToStream('busy', [event()], 'any')));
        expect(versions(await store.readStream('busy'))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      });
    });

    describe('idempotency', () => {
      it('treats a retried append with the same event ids and content as done, writing nothing twice', async () => {
        const batch = [event(), event()];
        const first = await store.appendToStream('s', batch, 'no_stream');
        await store.appendToStream('s', [event()], 2);
        const retried = await store.appendToStream('s', structuredClone(batch), 'no_stream');

        expect(retried).toEqual({ ...first, alreadyAppended: true });
        expect(await countEvents()).toBe(3);
      });

      it('compares content as JSON values: key order and an upper-case event id make no difference', async () => {
        const original = event('proposal.submitted.v1', { title: 'A', cost: 1 });
        const first = await store.appendToStream('s', [original]);
        const retried = await store.appendToStream('s', [
          { ...original, eventId: original.eventId.toUpperCase(), data: { cost: 1.0, title: 'A' } },
        ]);

        expect(retried).toEqual({ ...first, alreadyAppended: true });
        expect(await countEvents()).toBe(1);
      });

      it('refuses an event id stored already with different content, writing nothing', async () => {
        const original = event('proposal.submitted.v1', { title: 'A' });
        await store.appendToStream('s', [original]);
        const tampered = { ...original, data: { title: 'B' } };

        await expect(store.appendToStream('s', [tampered])).rejects.toMatchObject({
          code: 'DUPLICATE_EVENT_ID',
          eventIds: [original.eventId],
        });
        await expect(store.appendToStream('other', [original])).rejects.toMatchObject({
          code: 'DUPLICATE_EVENT_ID',
        });
        await expect(
          store.appendToStream('s', [original, { ...event(), eventId: original.eventId }]),
        ).rejects.toMatchObject({ code: 'DUPLICATE_EVENT_ID' });
        expect(await countEvents()).toBe(1);
      });
    });

    describe('atomicity', () => {
      it('writes all events of a batch or none', async () => {
        const existing = event();
        await store.appendToStream('elsewhere', [existing]);
        const batch = [event(), event(), { ...existing, data: { changed: true } }, event()];

        await expect(store.appendToStream('atomic', batch)).rejects.toBeInstanceOf(EventStoreError);
        expect(await store.readStream('atomic')).toEqual([]);
        expect(await countEvents()).toBe(1);
      });
    });

    describe('refused input', () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const cases: [string, () => EventToAppend[], string][] = [
        [
          'a payload over 1 MiB',
          () => [event(), event('x.y.v1', { blob: 'x'.repeat(MAX_EVENT_BYTES) })],
          'EVENT_TOO_LARGE',
        ],
        [
          'a missing type',
          () => [event(), { ...event(), type: undefined as unknown as string }],
          'EVENT_TYPE_MISSING',
        ],
        ['an unversioned type', () => [{ ...event(), type: 'ProposalSubmitted' }], 'EVENT_TYPE_INVALID'],
        ['a cyclic payload', () => [event('x.y.v1', cyclic)], 'EVENT_UNSERIALISABLE'],
        ['a bigint', () => [event('x.y.v1', { amount: 10n })], 'EVENT_UNSERIALISABLE'],
        ['NaN', () => [event('x.y.v1', { rating: NaN })], 'EVENT_UNSERIALISABLE'],
        ['a function', () => [event('x.y.v1', { run: () => 1 })], 'EVENT_UNSERIALISABLE'],
        ['undefined data', () => [{ ...event(), data: undefined }], 'EVENT_UNSERIALISABLE'],
        [
          'metadata that is not an object',
          () => [{ ...event(), metadata: [] as never }],
          'EVENT_UNSERIALISABLE',
        ],
        ['an event id that is not a UUID', () => [{ ...event(), eventId: 'e-1' }], 'EVENT_ID_INVALID'],
        ['an empty batch', () => [], 'NO_EVENTS'],
      ];
      it.each(cases)('refuses %s with its code and writes nothing', async (_what, batch, code) => {
        await expect(store.appendToStream('s', batch())).rejects.toMatchObject({ code });
        expect(await countEvents()).toBe(0);
      });

      it('refuses an empty or over-long stream id, to append or to read', async () => {
        await expect(store.appendToStream('', [event()])).rejects.toMatchObject({
          code: 'STREAM_ID_INVALID',
        });
        await expect(store.appendToStream('s'.repeat(201), [event()])).rejects.toMatchObject({
          code: 'STREAM_ID_INVALID',
        });
        await expect(store.readStream('')).rejects.toMatchObject({ code: 'STREAM_ID_INVALID' });
        expect(await countEvents()).toBe(0);
      });
    });

    describe('the global log', () => {
      it('reads every stream in commit order, in pages, from a checkpoint', async () => {
        await store.appendToStream('a', [event(), event()]);
        await store.appendToStream('b', [event()]);
        await store.appendToStream('a', [event()]);

        const page1 = await store.readAll(BEGINNING_OF_LOG, 3);
        const page2 = await store.readAll(page1.next, 3);
        const page3 = await store.readAll(page2.next, 3);

        expect(page1.events.map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual(['a@1', 'a@2', 'b@1']);
        expect(page2.events.map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual(['a@3']);
        expect(page3).toEqual({ events: [], next: page2.next });
        expect(await store.countAfter(BEGINNING_OF_LOG)).toBe(4);
        expect(await store.countAfter(page1.next)).toBe(1);
        expect(await store.countAfter(page2.next)).toBe(0);
        expect(page1.next).toEqual({
          transactionId: page1.events[2].transactionId,
          globalPosition: page1.events[2].globalPosition,
        });
      });

      it('keeps named checkpoints: the beginning of the log until one is stored, then the last stored', async () => {
        await store.appendToStream('a', [event(), event()]);
        const { next } = await store.readAll(BEGINNING_OF_LOG, 1);

        expect(await store.readCheckpoint('projection')).toEqual(BEGINNING_OF_LOG);
        await store.storeCheckpoint('projection', next);
        expect(await store.readCheckpoint('projection')).toEqual(next);
        expect(await store.readCheckpoint('another')).toEqual(BEGINNING_OF_LOG);
        const { next: last } = await store.readAll(next, 10);
        await store.storeCheckpoint('projection', last);
        expect(await store.readCheckpoint('projection')).toEqual(last);
      });

      it('tells its listeners after each append, until they unsubscribe', async () => {
        let told = 0;
        const unsubscribe = store.onAppended(() => told++);
        await store.appendToStream('a', [event(), event()]);
        await store.appendToStream('a', [event()]);
        unsubscribe();
        await store.appendToStream('a', [event()]);

        expect(told).toBe(2);
      });
    });

    describe('catch-up subscriptions', () => {
      it('delivers every event once in order and resumes from its durable checkpoint', async () => {
        for (let i = 0; i < 5; i++) await store.appendToStream(`s-${i % 2}`, [event(), event()]);
        const seen: string[] = [];
        const handle = async (events: RecordedEvent[]) => void seen.push(...events.map((e) => e.eventId));

        const first = CatchUpSubscription.start(store, {
          name: 'durable',
          handle,
          batchSize: 3,
          pollIntervalMs: 10,
        });
        await eventually(() => expect(seen).toHaveLength(10));
        await first.stop();
        await store.appendToStream('s-0', [event()]);
        const second = CatchUpSubscription.start(store, {
          name: 'durable',
          handle,
          batchSize: 3,
          pollIntervalMs: 10,
        });
        await eventually(() => expect(seen).toHaveLength(11));
        await second.stop();

        const log = (await store.readAll(BEGINNING_OF_LOG, 100)).events.map((e) => e.eventId);
        expect(seen).toEqual(log);
        expect(await store.readCheckpoint('durable')).toEqual(second.position);
      });

      it('writes its durable checkpoint once per interval however many batches it handles, and the last as it stops', async () => {
        for (let i = 0; i < 6; i++) await store.appendToStream('s', [event()]);
        const writes = jest.spyOn(store, 'storeCheckpoint');
        let handled = 0;
        const subscription = CatchUpSubscription.start(store, {
          name: 'spaced',
          handle: async (events) => void (handled += events.length),
          batchSize: 1,
          checkpointIntervalMs: 60_000,
        });
        await eventually(() => expect(handled).toBe(6));
        expect(writes).toHaveBeenCalledTimes(1); // the first batch's; the other five wait for the interval
        await subscription.stop();

        expect(writes).toHaveBeenCalledTimes(2);
        expect(await store.readCheckpoint('spaced')).toEqual(subscription.position);
      });

      it('writes the latest checkpoint once the interval has passed, while it keeps running', async () => {
        for (let i = 0; i < 6; i++) await store.appendToStream('s', [event()]);
        const subscription = CatchUpSubscription.start(store, {
          name: 'running',
          handle: async () => undefined,
          batchSize: 1,
          checkpointIntervalMs: 10,
        });
        try {
          const last = (await store.readAll(BEGINNING_OF_LOG, 6)).next;
          await eventually(async () => expect(await store.readCheckpoint('running')).toEqual(last));
        } finally {
          await subscription.stop();
        }
      });

      it('reads what came next while its handler works on a batch, and delivers what arrived meanwhile at once', async () => {
        await store.appendToStream('s', [event()]);
        const reads = jest.spyOn(store, 'readAll');
        let release!: () => void;
        const firstBatchMayEnd = new Promise<void>((resolve) => (release = resolve));
        const batches: number[] = [];
        const subscription = CatchUpSubscription.start(store, {
          name: 'ahead',
          handle: async (events) => {
            batches.push(events.length);
            if (batches.length === 1) await firstBatchMayEnd;
          },
          pollIntervalMs: 60_000, // only an append can end the wait for new events
        });
        try {
          await eventually(() => expect(batches).toEqual([1]));
          await eventually(() => expect(reads).toHaveBeenCalledTimes(2)); // the next batch's read is under way
          await store.appendToStream('s', [event()]);
          release();
          await eventually(() => expect(batches).toEqual([1, 1]));
        } finally {
          release();
          await subscription.stop();
        }
      });

      it('retries a failing handler with the same events and never skips them', async () => {
        await store.appendToStream('s', [event(), event()]);
        const attempts: number[] = [];
        const errors: unknown[] = [];
        const subscription = CatchUpSubscription.start(store, {
          name: 'flaky',
          handle: async (events) => {
            attempts.push(events.length);
            if (attempts.length < 3) throw new Error('projection database unavailable');
          },
          backoff: { initialMs: 5, maxMs: 20 },
          onError: (error) => errors.push(error),
        });
        await eventually(() => expect(attempts).toEqual([2, 2, 2]));
        await subscription.stop();
        expect(errors).toHaveLength(2);
        expect((await store.readCheckpoint('flaky')).globalPosition).toBeGreaterThan(0);
      });

      it('keeps backing off while a handler fails, however many events arrive meanwhile', async () => {
        await store.appendToStream('s', [event()]);
        let attempts = 0;
        const subscription = CatchUpSubscription.start(store, {
          name: 'failing',
          handle: async () => {
            attempts++;
            throw new Error('always failing');
          },
          backoff: { initialMs: 200, maxMs: 200 },
        });
        const started = Date.now();
        let appends = 0;
        for (; Date.now() - started < 600; appends++) {
          await store.appendToStream('s', [event()]);
          // an adapter that answers without I/O would otherwise keep the subscription's timers from ever firing
          await new Promise((resolve) => setImmediate(resolve));
        }
        await subscription.stop();
        expect(appends).toBeGreaterThan(50);
        expect(attempts).toBeGreaterThanOrEqual(2);
        expect(attempts).toBeLessThanOrEqual(8); // a try, then one per 100-200 ms back-off: not one per append
      });
    });

    describe('history as of a moment', () => {
      it('reads a stream as of a global position or a time', async () => {
        const v1 = await store.appendToStream('decision-1', [event('decision.recorded.v1')]);
        const [{ recordedAt }] = await store.readStream('decision-1');
        await new Promise((resolve) => setTimeout(resolve, 20));
        await store.appendToStream('decision-1', [event('decision.superseded.v1')]);

        expect(
          types(await store.readStreamAsOf('decision-1', { globalPosition: v1.lastGlobalPosition })),
        ).toEqual(['decision.recorded.v1']);
        expect(types(await store.readStreamAsOf('decision-1', { time: recordedAt }))).toEqual([
          'decision.recorded.v1',
        ]);
        expect(
          types(await store.readStreamAsOf('decision-1', { time: new Date(Date.now() + 60_000) })),
        ).toHaveLength(2);
        expect(await store.readStreamAsOf('decision-1', { globalPosition: 0 })).toEqual([]);
      });
    });
  });
}
