import {
  APPEND_ONLY_VIOLATION,
  AuditLog,
  BEGINNING_OF_LOG,
  CatchUpSubscription,
  EventStoreError,
  EventToAppend,
  MAX_EVENT_BYTES,
  PostgresEventStore,
  RecordedEvent,
  WrongExpectedVersionError,
  eventLogMigrations,
} from '@hyeopchi/event-store';
import {
  AuditRecord,
  MerkleLog,
  checkpointTimeOf,
  expectedEventHash,
  generateSigningKeys,
  leafHash,
  signingKeyFrom,
  verifierKeyFrom,
  verifyCheckpoint,
} from '@hyeopchi/audit';
import { applyMigrations } from '@hyeopchi/postgres';
import { eventually, uniqueSchemaName } from '@hyeopchi/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

export interface ConformanceTarget {
  pool: Pool;
  teardown(): Promise<void>;
}

/**
 * The behaviour every PostgreSQL-backed event store must show, whatever server runs it. `connect` gives a pool
 * on a real database; each test gets a fresh schema in it.
 */
export function describeEventStoreConformance(
  adapter: string,
  connect: () => Promise<ConformanceTarget>,
): void {
  describe(`event store conformance: ${adapter}`, () => {
    let target: ConformanceTarget;
    let store: PostgresEventStore;
    let schema: string;

    beforeAll(async () => {
      target = await connect();
    });
    afterAll(async () => {
      await target?.teardown();
    });
    beforeEach(async () => {
      schema = uniqueSchemaName('conformance');
      store = await PostgresEventStore.open(target.pool, schema);
    });

    const countRows = async () =>
      Number((await target.pool.query(`SELECT count(*) FROM "${schema}".events`)).rows[0].count);

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
        expect(await countRows()).toBe(2);
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
        expect(await countRows()).toBe(3);
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
        expect(await countRows()).toBe(1);
      });
    });

    describe('atomicity', () => {
      it('writes all events of a batch or none', async () => {
        const existing = event();
        await store.appendToStream('elsewhere', [existing]);
        const batch = [event(), event(), { ...existing, data: { changed: true } }, event()];

        await expect(store.appendToStream('atomic', batch)).rejects.toBeInstanceOf(EventStoreError);
        expect(await store.readStream('atomic')).toEqual([]);
        expect(await countRows()).toBe(1);
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
        expect(await countRows()).toBe(0);
      });

      it('refuses an empty or over-long stream id', async () => {
        await expect(store.appendToStream('', [event()])).rejects.toMatchObject({
          code: 'STREAM_ID_INVALID',
        });
        await expect(store.appendToStream('s'.repeat(201), [event()])).rejects.toMatchObject({
          code: 'STREAM_ID_INVALID',
        });
        expect(await countRows()).toBe(0);
      });
    });

    describe('the log is append-only in the database itself', () => {
      it.each([
        ['UPDATE', (s: string) => `UPDATE "${s}".events SET data = '{}'`],
        ['DELETE', (s: string) => `DELETE FROM "${s}".events`],
        ['TRUNCATE', (s: string) => `TRUNCATE "${s}".events`],
      ])('refuses %s', async (_statement, sql) => {
        await store.appendToStream('s', [event()]);
        await expect(target.pool.query(sql(schema))).rejects.toMatchObject({ code: APPEND_ONLY_VIOLATION });
        expect(await countRows()).toBe(1);
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

      it('still delivers, in order, an event whose transaction took an earlier position and committed late', async () => {
        const late = await target.pool.connect();
        const subscriptionSaw: RecordedEvent[] = [];
        const subscription = CatchUpSubscription.start(store, {
          name: 'gap-test',
          handle: async (events) => void subscriptionSaw.push(...events),
          pollIntervalMs: 10,
        });
        try {
          await late.query('BEGIN');
          await late.query(
            `INSERT INTO "${schema}".events (stream_id, stream_version, event_id, event_type, data, recorded_at, hash)
             VALUES ('slow', 1, $1, 'slow.written.v1', '{}', clock_timestamp(), sha256(''))`,
            [randomUUID()],
          );
          const fast = await store.appendToStream('fast', [event()]);
          const naiveReader = `SELECT global_position FROM "${schema}".events WHERE global_position > $1 ORDER BY global_position`;

          const naiveNow = (await target.pool.query(naiveReader, [0])).rows.map((row) =>
            Number(row.global_position),
          );
          expect(naiveNow).toEqual([fast.lastGlobalPosition]);
          expect((await store.readAll(BEGINNING_OF_LOG, 100)).events).toEqual([]);
          await new Promise((resolve) => setTimeout(resolve, 100));
          expect(subscriptionSaw).toEqual([]);

          await late.query('COMMIT');
          const naiveAfter = await target.pool.query(naiveReader, [fast.lastGlobalPosition]);
          expect(naiveAfter.rows).toEqual([]); // a naive reader that checkpointed the fast event never sees the slow one

          const all = (await store.readAll(BEGINNING_OF_LOG, 100)).events;
          expect(all.map((e) => e.streamId)).toEqual(['slow', 'fast']);
          expect(all[0].globalPosition).toBeLessThan(all[1].globalPosition);
          await eventually(() => expect(subscriptionSaw.map((e) => e.streamId)).toEqual(['slow', 'fast']));
        } finally {
          late.release();
          await subscription.stop();
        }
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
        for (; Date.now() - started < 600; appends++) await store.appendToStream('s', [event()]);
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

    describe('tamper evidence', () => {
      const chainHolds = (records: AuditRecord[]) =>
        records.every(
          (record, index) =>
            record.hash ===
            expectedEventHash(
              record,
              index === 0 ? null : Buffer.from(records[index - 1].hash, 'hex'),
            ).toString('hex'),
        );

      it('chains each stream: an event hash covers its content, its place, its time and the previous hash', async () => {
        await store.appendToStream('proposal-1', [event(), event('test.more.v1', { 한: '글', n: 1e21 })]);
        await store.appendToStream('proposal-2', [event()]);
        await store.appendToStream('proposal-1', [{ ...event(), metadata: { actor: 'u-1', z: [1, null] } }]);
        const log = await AuditLog.open(target.pool, schema);

        const records = await log.streamRecords('proposal-1');
        expect(records.map((record) => record.streamVersion)).toEqual([1, 2, 3]);
        expect(records[0].recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
        expect(chainHolds(records)).toBe(true);
        expect(chainHolds(await log.streamRecords('proposal-2'))).toBe(true);
        const altered = { ...records[1], data: { 한: '글', n: 1e20 } };
        expect(chainHolds([records[0], altered, records[2]])).toBe(false);
      });

      it('chains the events a log held before it had hashes, when the migration adds them', async () => {
        const old = uniqueSchemaName('unchained');
        await applyMigrations(target.pool, old, 'event-store', eventLogMigrations.slice(0, 1));
        for (const [stream, version] of [
          ['a', 1],
          ['b', 1],
          ['a', 2],
        ] as const) {
          await target.pool.query(
            `INSERT INTO "${old}".events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
             VALUES ($1, $2, $3, 'test.happened.v1', '{"x": [1, 2.5]}', '{"actor": "u"}', clock_timestamp())`,
            [stream, version, randomUUID()],
          );
        }

        const log = await AuditLog.open(target.pool, old);
        const a = await log.streamRecords('a');
        expect(a).toHaveLength(2);
        expect(chainHolds(a)).toBe(true);
        expect(chainHolds(await log.streamRecords('b'))).toBe(true);
        const upgraded = await PostgresEventStore.open(target.pool, old);
        await upgraded.appendToStream('a', [event()], 2);
        expect(chainHolds(await log.streamRecords('a'))).toBe(true);
      });

      it('signs checkpoints of the Merkle tree over the log, append-only, one root per size', async () => {
        const { privateKeyPem, publicKeyPem } = generateSigningKeys();
        const key = signingKeyFrom('test', privateKeyPem);
        const log = await AuditLog.open(target.pool, schema);
        await store.appendToStream('s-1', [event(), event()]);
        await store.appendToStream('s-2', [event()]);

        const first = await log.checkpoint('test.example/civic', key, new Date());
        expect(await log.checkpoint('test.example/civic', key, new Date())).toBeUndefined();
        await store.appendToStream('s-1', [event()]);
        // a replica whose clock is behind: the checkpoint is still not dated before the one it follows
        const second = await log.checkpoint('test.example/civic', key, new Date(Date.now() - 3_600_000));
        const [firstTime, secondTime] = [first, second].map((stored) =>
          checkpointTimeOf(stored!.signedNote)!,
        );
        expect(secondTime.getTime()).toBeGreaterThanOrEqual(firstTime.getTime());

        expect([first?.treeSize, second?.treeSize]).toEqual([3, 4]);
        const leaves: Buffer[] = [];
        for await (const page of log.pages()) {
          leaves.push(...page.records.map((record) => leafHash(Buffer.from(record.hash, 'hex'))));
        }
        const tree = new MerkleLog(leaves);
        for (const stored of await log.checkpoints()) {
          const verdict = verifyCheckpoint(stored.signedNote, verifierKeyFrom('test', publicKeyPem));
          expect(verdict.ok && verdict.checkpoint.rootHash.equals(tree.root(stored.treeSize))).toBe(true);
        }
        await expect(
          target.pool.query(`UPDATE "${schema}".signed_checkpoints SET tree_size = 9`),
        ).rejects.toMatchObject({ code: APPEND_ONLY_VIOLATION });
      });
    });

    describe('schemas', () => {
      it('keeps each service in its own schema and applies migrations once, even concurrently', async () => {
        const civic = uniqueSchemaName('civic');
        const [a, b] = await Promise.all([
          PostgresEventStore.open(target.pool, civic),
          PostgresEventStore.open(target.pool, civic),
        ]);
        await a.appendToStream('s', [event()]);

        expect(await b.readStream('s')).toHaveLength(1);
        expect(await store.readStream('s')).toEqual([]);
        const migrations = await target.pool.query(`SELECT version FROM "${civic}".schema_migrations`);
        expect(migrations.rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
      });
    });
  });
}

export function event(type = 'test.happened.v1', data: unknown = { at: Math.random() }): EventToAppend {
  return { eventId: randomUUID(), type, data };
}

function types(events: RecordedEvent[]): string[] {
  return events.map((e) => e.type);
}

function versions(events: RecordedEvent[]): number[] {
  return events.map((e) => e.streamVersion);
}
