import {
  APPEND_ONLY_VIOLATION,
  AuditLog,
  BEGINNING_OF_LOG,
  CatchUpSubscription,
  PostgresEventStore,
  RecordedEvent,
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
import { describeEventStorePortConformance } from './event-store-port.conformance';
import { event } from './test-events';

export interface PostgresConformanceTarget {
  pool: Pool;
  teardown(): Promise<void>;
}

/**
 * Everything a PostgreSQL server must show to hold the event log: the port's behaviour, then what only the
 * database gives (append-only triggers, gap safety against transactions that commit late, the hash chain,
 * signed checkpoints, migrations). `connect` gives a pool on a real database; each test gets a fresh schema.
 */
export function describePostgresEventStoreConformance(
  adapter: string,
  connect: () => Promise<PostgresConformanceTarget>,
): void {
  describe(`PostgreSQL event store: ${adapter}`, () => {
    let target: PostgresConformanceTarget;

    beforeAll(async () => {
      target = await connect();
    });
    afterAll(async () => {
      await target?.teardown();
    });

    const countRows = async (schema: string) =>
      Number((await target.pool.query(`SELECT count(*) FROM "${schema}".events`)).rows[0].count);
    const openStore = async () => {
      const schema = uniqueSchemaName('conformance');
      return { schema, store: await PostgresEventStore.open(target.pool, schema) };
    };

    describeEventStorePortConformance(adapter, async () => {
      const { schema, store } = await openStore();
      return { store, countEvents: () => countRows(schema) };
    });

    describe('behind the port', () => {
      let store: PostgresEventStore;
      let schema: string;

      beforeEach(async () => {
        ({ schema, store } = await openStore());
      });
      describe('the log is append-only in the database itself', () => {
        it.each([
          ['UPDATE', (s: string) => `UPDATE "${s}".events SET data = '{}'`],
          ['DELETE', (s: string) => `DELETE FROM "${s}".events`],
          ['TRUNCATE', (s: string) => `TRUNCATE "${s}".events`],
        ])('refuses %s', async (_statement, sql) => {
          await store.appendToStream('s', [event()]);
          await expect(target.pool.query(sql(schema))).rejects.toMatchObject({ code: APPEND_ONLY_VIOLATION });
          expect(await countRows(schema)).toBe(1);
        });
      });

      it("reads the global log and its followers' checkpoints on the followers' pool, not behind waiting appends", async () => {
        const appendsPool = new Pool({ ...target.pool.options, max: 1 });
        const followed = await PostgresEventStore.open(appendsPool, schema, { followersPool: target.pool });
        await followed.appendToStream('s', [event()]);
        const held = await appendsPool.connect(); // appends now wait for the only connection of their pool
        const waiting = followed.appendToStream('s', [event()]);
        try {
          const read = await followed.readAll(BEGINNING_OF_LOG, 10);
          await followed.storeCheckpoint('follower', read.next);

          expect(read.events.map((e) => e.streamVersion)).toEqual([1]);
          expect(await followed.countAfter(BEGINNING_OF_LOG)).toBe(1);
          expect(await followed.readCheckpoint('follower')).toEqual(read.next);
        } finally {
          held.release();
          await waiting;
          await appendsPool.end();
        }
      });

      describe('gap safety', () => {
        // the append function takes its positions before it inserts; a plain insert takes them as it inserts
        const lateWrites: [string, (schema: string) => string][] = [
          [
            'an insert',
            (
              s,
            ) => `INSERT INTO "${s}".events (stream_id, stream_version, event_id, event_type, data, recorded_at, hash)
               VALUES ('slow', 1, $1, 'slow.written.v1', '{}', clock_timestamp(), sha256(''))`,
          ],
          [
            'the append function',
            (
              s,
            ) => `SELECT * FROM "${s}".append_events('slow', 'any', NULL, jsonb_build_array(jsonb_build_object(
               'eventId', $1::uuid, 'type', 'slow.written.v1', 'schemaVersion', 1, 'data', '{}'::jsonb,
               'metadata', '{}'::jsonb, 'contentHash', '00')))`,
          ],
        ];
        it.each(lateWrites)(
          'still delivers, in order, an event whose transaction took an earlier position and committed late (%s)',
          async (_how, lateWrite) => {
            const late = await target.pool.connect();
            const subscriptionSaw: RecordedEvent[] = [];
            const subscription = CatchUpSubscription.start(store, {
              name: 'gap-test',
              handle: async (events) => void subscriptionSaw.push(...events),
              pollIntervalMs: 10,
            });
            try {
              await late.query('BEGIN');
              await late.query(lateWrite(schema), [randomUUID()]);
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
              await eventually(() =>
                expect(subscriptionSaw.map((e) => e.streamId)).toEqual(['slow', 'fast']),
              );
            } finally {
              late.release();
              await subscription.stop();
            }
          },
        );

        it('is not held back by a long transaction that does not write to this log', async () => {
          const elsewhere = await target.pool.connect();
          try {
            await elsewhere.query('BEGIN');
            await elsewhere.query(`CREATE TABLE "${schema}".unrelated (id int)`);
            await elsewhere.query(`INSERT INTO "${schema}".unrelated VALUES (1)`);
            await store.appendToStream('fast', [event()]);

            const read = await store.readAll(BEGINNING_OF_LOG, 100);
            expect(read.events.map((e) => e.streamId)).toEqual(['fast']);
          } finally {
            await elsewhere.query('ROLLBACK');
            elsewhere.release();
          }
        });
      });

      describe('followers in one process', () => {
        /** A store whose followers' queries are counted, their answers held back while `hold` is on. */
        const countedStore = async () => {
          let queries = 0;
          let held: Promise<void> | undefined;
          let release = () => {};
          const counting = Object.create(target.pool) as Pool;
          counting.query = (async (...args: unknown[]) => {
            queries++;
            const result: unknown = await (target.pool.query as (...a: unknown[]) => unknown)(...args);
            await held;
            return result;
          }) as unknown as Pool['query'];
          const store = await PostgresEventStore.open(target.pool, uniqueSchemaName('followers'), {
            followersPool: counting,
          });
          const hold = () => (held = new Promise((resolve) => (release = resolve)));
          return { store, queries: () => queries, hold, release: () => release() };
        };

        it('share one read of the log when they ask from the same place at once', async () => {
          const { store, queries } = await countedStore();
          await store.appendToStream('s', [event(), event()]);
          const before = queries();
          const reads = await Promise.all([1, 2, 3].map(() => store.readAll(BEGINNING_OF_LOG, 100)));
          expect(reads.map((read) => read.events.length)).toEqual([2, 2, 2]);
          expect(queries() - before).toBe(2); // the horizon and the read, once
        });

        it('do not share a read begun before an append that woke them', async () => {
          const { store, hold, release } = await countedStore();
          await store.appendToStream('s', [event()]);
          hold();
          const early = store.readAll(BEGINNING_OF_LOG, 100);
          await store.appendToStream('s', [event()]);
          const late = store.readAll(BEGINNING_OF_LOG, 100);
          release();
          expect((await late).events).toHaveLength(2);
          expect((await early).events).toHaveLength(1); // its snapshot came before the second append
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
          await store.appendToStream('proposal-1', [
            { ...event(), metadata: { actor: 'u-1', z: [1, null] } },
          ]);
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
  });
}
