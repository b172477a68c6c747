import { PostgresEventStore } from '@hyeopchi/event-store';
import { event } from '@hyeopchi/event-store/testing';
import {
  EventBus,
  InProcessEventBus,
  KafkaEventBus,
  KafkaRelay,
  RunningSubscription,
  createKafka,
} from '@hyeopchi/messaging';
import { FAST_RETRY } from '@hyeopchi/messaging/testing';
import { eventually, testDatabaseUrl, testKafkaBrokers, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { Pool } from 'pg';
import { register } from 'prom-client';

/** The value of a gauge's series with exactly these labels, as a scrape reads it; undefined without that series. */
async function gaugeValue(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const { values } = await register.getSingleMetric(name)!.get();
  return values.find((sample) => JSON.stringify(sample.labels) === JSON.stringify(labels))?.value;
}

/** What an operator reads of a relay and of the bus's subscriptions, when Kafka or an effect fails. */
describe('relay and consumer lag', () => {
  let pool: Pool;
  let context: string;
  let store: PostgresEventStore;
  let consumerSchema: string;
  const stopAfterEach: { stop(): Promise<void> }[] = [];

  beforeAll(() => {
    pool = testPool(testDatabaseUrl());
  });
  afterAll(() => pool.end());
  beforeEach(async () => {
    const name = uniqueSchemaName('lag');
    context = name.replace('_', '-');
    store = await PostgresEventStore.open(pool, name);
    consumerSchema = uniqueSchemaName('lag_consumer');
    await pool.query(`CREATE SCHEMA ${consumerSchema}`);
  });
  afterEach(async () => {
    for (const running of stopAfterEach.splice(0).reverse()) await running.stop();
  });

  const startRelay = (brokers: string[]) => {
    const relay = new KafkaRelay({
      store,
      context,
      kafka: createKafka({ brokers, clientId: 'lag-test' }),
      partitions: 3,
      pollIntervalMs: 10,
      backoff: FAST_RETRY,
      onError: () => undefined,
    });
    stopAfterEach.push(relay.start());
    return relay;
  };

  /** A subscription whose effect fails until `heal` is called. */
  const failingUntilHealed = async (bus: EventBus) => {
    let failing = true;
    const subscription: RunningSubscription = await bus.subscribe({
      name: `lag-${consumerSchema}`,
      schema: consumerSchema,
      contexts: [context],
      handle: async () => {
        if (failing) throw new Error('the effect fails');
      },
    });
    stopAfterEach.push(subscription);
    return { name: `lag-${consumerSchema}`, subscription, heal: () => (failing = false) };
  };

  it('counts the events Kafka has not acknowledged while the broker is unreachable, and none once they are', async () => {
    for (let i = 0; i < 5; i++) await store.appendToStream(`stream-${i}`, [event()]);
    const unreachable = startRelay(['127.0.0.1:1']);

    await eventually(async () => expect(await gaugeValue('hyeopchi_relay_lag_events', { context })).toBe(5));
    expect(await unreachable.lagEvents()).toBe(5);
    await unreachable.stop();
    // a stopped relay tells nothing: another replica may be relaying now
    expect(await gaugeValue('hyeopchi_relay_lag_events', { context })).toBeUndefined();

    startRelay(testKafkaBrokers());
    await eventually(async () => expect(await gaugeValue('hyeopchi_relay_lag_events', { context })).toBe(0));
  });

  it('counts, over Kafka, a batch whose effect keeps failing until it is applied', async () => {
    startRelay(testKafkaBrokers());
    const consumer = await failingUntilHealed(
      new KafkaEventBus({
        kafka: createKafka({ brokers: testKafkaBrokers(), clientId: 'lag-test' }),
        pool,
        partitions: 3,
        backoff: FAST_RETRY,
      }),
    );
    await store.appendToStream('one-stream', [event(), event(), event()]);

    const lag = () => gaugeValue('hyeopchi_consumer_lag_events', { consumer: consumer.name });
    await eventually(async () => expect(await lag()).toBe(3));
    consumer.heal();
    await eventually(async () => expect(await lag()).toBe(0));
    await consumer.subscription.stop();
    expect(await lag()).toBeUndefined();
  });

  it('counts, in process, the events after a subscription whose effect keeps failing', async () => {
    const consumer = await failingUntilHealed(
      new InProcessEventBus({
        pool,
        stores: new Map([[context, store]]),
        pollIntervalMs: 10,
        backoff: FAST_RETRY,
      }),
    );
    await store.appendToStream('one-stream', [event(), event()]);
    await store.appendToStream('another-stream', [event()]);

    const lag = () => gaugeValue('hyeopchi_consumer_lag_events', { consumer: consumer.name });
    await eventually(async () => expect(await lag()).toBe(3));
    consumer.heal();
    await eventually(async () => expect(await lag()).toBe(0));
    await consumer.subscription.stop();
    expect(await lag()).toBeUndefined();
  });
});
