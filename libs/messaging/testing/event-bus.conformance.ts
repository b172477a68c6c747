import { BEGINNING_OF_LOG, EventStore, PostgresEventStore } from '@hyeopchi/event-store';
import { event } from '@hyeopchi/event-store/testing';
import { EventBus, EventEnvelope, EventHandler, RunningSubscription } from '@hyeopchi/messaging';
import { eventually, uniqueSchemaName } from '@hyeopchi/testing';
import { Pool } from 'pg';

export interface BusUnderTest {
  bus: EventBus;
  /** Makes the next subscription with this name receive every event again, as a replayed log would. */
  redeliverFromStart(subscriptionName: string, contexts: string[]): Promise<void>;
  stop(): Promise<void>;
}

export interface BusConformanceTarget {
  pool: Pool;
  /** A bus over these stores (context name → store), with whatever relays it needs running. */
  busOver(stores: Map<string, EventStore>): Promise<BusUnderTest>;
  teardown(): Promise<void>;
}

/** Back-off for tests: retries in milliseconds rather than seconds. */
export const FAST_RETRY = { initialMs: 10, maxMs: 50 };

/** The delivery contract of the EventBus port, for every adapter. */
export function describeEventBusConformance(
  adapter: string,
  connect: () => Promise<BusConformanceTarget>,
): void {
  describe(`event bus conformance: ${adapter}`, () => {
    let target: BusConformanceTarget;
    let contexts: string[];
    let stores: Map<string, PostgresEventStore>;
    let underTest: BusUnderTest;
    let consumerSchema: string;
    const running: RunningSubscription[] = [];

    beforeAll(async () => {
      target = await connect();
    });
    afterAll(async () => {
      await target?.teardown();
    });
    beforeEach(async () => {
      const suffix = uniqueSchemaName('t').slice(2);
      contexts = [`civic-${suffix}`, `department-${suffix}`];
      stores = new Map();
      for (const context of contexts) {
        stores.set(context, await PostgresEventStore.open(target.pool, context.replace('-', '_')));
      }
      consumerSchema = uniqueSchemaName('consumer');
      await target.pool.query(`CREATE SCHEMA ${consumerSchema}`);
      await target.pool.query(
        `CREATE TABLE ${consumerSchema}.effects (event_id uuid, context text, stream_id text, stream_version int)`,
      );
      underTest = await target.busOver(stores);
    });
    afterEach(async () => {
      await Promise.all(running.splice(0).map((subscription) => subscription.stop()));
      await underTest.stop();
    });

    const recordEffect: EventHandler = async (e, tx) => {
      await tx.query(`INSERT INTO ${consumerSchema}.effects VALUES ($1, $2, $3, $4)`, [
        e.eventId,
        e.context,
        e.streamId,
        e.streamVersion,
      ]);
    };
    const subscribe = async (name: string, handle: EventHandler = recordEffect) => {
      const subscription = await underTest.bus.subscribe({ name, schema: consumerSchema, contexts, handle });
      running.push(subscription);
      return subscription;
    };
    const effects = async () =>
      (
        await target.pool.query<{ event_id: string; stream_id: string; stream_version: number }>(
          `SELECT event_id, stream_id, stream_version FROM ${consumerSchema}.effects ORDER BY ctid`,
        )
      ).rows;
    const civic = () => stores.get(contexts[0])!;
    const department = () => stores.get(contexts[1])!;

    it('delivers every event of every stream once, each stream in order, as stored', async () => {
      const delivered: EventEnvelope[] = [];
      await subscribe('projector', async (e, tx) => {
        delivered.push(e);
        await recordEffect(e, tx);
      });
      for (let round = 0; round < 5; round++) {
        for (const stream of ['proposal-a', 'proposal-b', 'proposal-c']) {
          await civic().appendToStream(stream, [event(), event()]);
        }
        await department().appendToStream('review-1', [event()]);
      }

      await eventually(async () => expect(await effects()).toHaveLength(35));
      const rows = await effects();
      for (const stream of ['proposal-a', 'proposal-b', 'proposal-c', 'review-1']) {
        const versions = rows.filter((row) => row.stream_id === stream).map((row) => row.stream_version);
        expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
      }
      const stored = (await civic().readAll(BEGINNING_OF_LOG, 100)).events;
      const asDelivered = delivered.find((e) => e.eventId === stored[0].eventId);
      expect(asDelivered).toEqual<EventEnvelope>({ ...stored[0], context: contexts[0] });
    });

    it('retries a failing handler with the same event, rolls back its partial effect, and lets nothing in its stream overtake it', async () => {
      let failures = 0;
      await civic().appendToStream('proposal-a', [event(), event(), event()]);
      await subscribe('flaky', async (e, tx) => {
        await recordEffect(e, tx);
        if (e.streamVersion === 2 && failures < 2) {
          failures++;
          throw new Error('read model unavailable');
        }
      });

      await eventually(async () => expect(await effects()).toHaveLength(3));
      expect(failures).toBe(2);
      expect((await effects()).map((row) => row.stream_version)).toEqual([1, 2, 3]);
    });

    it('resumes after a restart without repeating effects', async () => {
      const first = await subscribe('resumer');
      await civic().appendToStream('proposal-a', [event(), event()]);
      await eventually(async () => expect(await effects()).toHaveLength(2));
      await first.stop();

      await civic().appendToStream('proposal-a', [event()]);
      await subscribe('resumer');

      await eventually(async () => expect(await effects()).toHaveLength(3));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await effects()).map((row) => row.stream_version)).toEqual([1, 2, 3]);
    });

    it('passes by the event types a subscription does not take, with no effect and no inbox row', async () => {
      running.push(
        await underTest.bus.subscribe({
          name: 'picky',
          schema: consumerSchema,
          contexts,
          eventTypes: new Set(['test.wanted.v1']),
          handle: recordEffect,
        }),
      );
      await civic().appendToStream('proposal-a', [event('test.ignored.v1'), event('test.wanted.v1')]);
      await department().appendToStream('review-1', [event('test.ignored.v1')]);
      await civic().appendToStream('proposal-a', [event('test.wanted.v1')]);

      await eventually(async () => expect(await effects()).toHaveLength(2));
      expect((await effects()).map((row) => row.stream_version)).toEqual([2, 3]);
      const { rows } = await target.pool.query(
        `SELECT count(*)::int AS claimed FROM ${consumerSchema}.inbox WHERE consumer = 'picky'`,
      );
      expect(rows).toEqual([{ claimed: 2 }]);
    });

    it('applies a redelivered event once', async () => {
      const first = await subscribe('deduper');
      await civic().appendToStream('proposal-a', [event(), event()]);
      await department().appendToStream('review-1', [event()]);
      await eventually(async () => expect(await effects()).toHaveLength(3));
      await first.stop();
      await underTest.redeliverFromStart('deduper', contexts);
      const seenAgain: string[] = [];
      const skipped: string[] = [];
      const subscription = await underTest.bus.subscribe({
        name: 'deduper',
        schema: consumerSchema,
        contexts,
        handle: async (e, tx) => {
          seenAgain.push(e.eventId);
          await recordEffect(e, tx);
        },
        onDuplicate: (e) => skipped.push(e.eventId),
      });
      running.push(subscription);
      await department().appendToStream('review-1', [event()]);

      await eventually(async () => expect(await effects()).toHaveLength(4));
      await eventually(() => expect(skipped).toHaveLength(3)); // the three old events did come again
      expect(await effects()).toHaveLength(4);
      expect(seenAgain).toHaveLength(1);
    });
  });
}
