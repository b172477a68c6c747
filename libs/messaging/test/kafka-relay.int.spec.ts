import { EventStore, MAX_EVENT_BYTES, PostgresEventStore } from '@hyeopchi/event-store';
import { event } from '@hyeopchi/event-store/testing';
import {
  EventEnvelope,
  KafkaEventBus,
  KafkaRelay,
  RunningSubscription,
  createKafka,
  ensureTopics,
  fromKafkaMessage,
  topicOf,
} from '@hyeopchi/messaging';
import { FAST_RETRY } from '@hyeopchi/messaging/testing';
import {
  dedicatedBroker,
  eventually,
  testDatabaseUrl,
  testKafkaBrokers,
  testPool,
  uniqueSchemaName,
} from '@hyeopchi/testing';
import { Kafka, KafkaMessage } from 'kafkajs';
import { Pool } from 'pg';

describe('Kafka relay and consumer', () => {
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
    const name = uniqueSchemaName('relay');
    context = name.replace('_', '-');
    store = await PostgresEventStore.open(pool, name);
    consumerSchema = uniqueSchemaName('consumer');
    await pool.query(`CREATE SCHEMA ${consumerSchema}`);
    await pool.query(
      `CREATE TABLE ${consumerSchema}.effects (event_id uuid, stream_id text, stream_version int)`,
    );
  });
  afterEach(async () => {
    for (const running of stopAfterEach.splice(0).reverse()) await running.stop();
  });

  const reported: unknown[] = [];
  const startRelay = (kafka: Kafka, onStore: EventStore = store) => {
    const relay = new KafkaRelay({
      store: onStore,
      context,
      kafka,
      partitions: 3,
      pollIntervalMs: 10,
      backoff: FAST_RETRY,
      onError: (error) => reported.push(error),
    });
    stopAfterEach.push(relay.start());
    return relay;
  };
  const startConsumer = async (kafka: Kafka): Promise<RunningSubscription> => {
    const subscription = await new KafkaEventBus({
      kafka,
      pool,
      partitions: 3,
      backoff: FAST_RETRY,
    }).subscribe({
      name: `effects-${consumerSchema}`,
      schema: consumerSchema,
      contexts: [context],
      handle: async (e, tx) => {
        await tx.query(`INSERT INTO ${consumerSchema}.effects VALUES ($1, $2, $3)`, [
          e.eventId,
          e.streamId,
          e.streamVersion,
        ]);
      },
    });
    stopAfterEach.push(subscription);
    return subscription;
  };
  const effects = async () =>
    (
      await pool.query<{ event_id: string; stream_id: string; stream_version: number }>(
        `SELECT event_id, stream_id, stream_version FROM ${consumerSchema}.effects ORDER BY ctid`,
      )
    ).rows;
  const readTopic = async (kafka: Kafka, count: number): Promise<KafkaMessage[]> => {
    await ensureTopics(kafka, [context], 3);
    const plain = kafka.consumer({ groupId: `plain-${consumerSchema}-${count}` });
    const messages: KafkaMessage[] = [];
    try {
      await plain.connect();
      await plain.subscribe({ topic: topicOf(context), fromBeginning: true });
      await plain.run({ eachMessage: async ({ message }) => void messages.push(message) });
      await eventually(() => expect(messages.length).toBeGreaterThanOrEqual(count));
      return messages;
    } finally {
      await plain.disconnect();
    }
  };

  it('publishes CloudEvents that a plain Kafka consumer reads and decodes to the stored event', async () => {
    const kafka = createKafka({ brokers: testKafkaBrokers(), clientId: 'cloud-events-test' });
    const submitted = { ...event('proposal.submitted.v1', { title: '공원 그늘막', supporters: 0 }) };
    submitted.metadata = {
      actor: 'user-7',
      role: 'cso_member',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
    };
    await store.appendToStream('proposal-42', [submitted]);
    startRelay(kafka);

    const [message] = await readTopic(kafka, 1);
    const { ce_metadata, ...headers } = Object.fromEntries(
      Object.entries(message.headers!).map(([name, value]) => [name, value!.toString()]),
    );
    const [stored] = await store.readStream('proposal-42');
    expect(headers).toEqual({
      ce_specversion: '1.0',
      ce_id: stored.eventId,
      ce_source: `/hyeopchi/${context}`,
      ce_type: 'hyeopchi.proposal.submitted.v1',
      ce_subject: 'proposal-42',
      ce_time: stored.recordedAt.toISOString(),
      'content-type': 'application/json',
      ce_streamversion: '1',
      ce_globalposition: String(stored.globalPosition),
      ce_transactionid: stored.transactionId,
      ce_schemaversion: '1',
      ce_correlationid: 'corr-1',
      ce_causationid: 'cmd-1',
    });
    expect(JSON.parse(ce_metadata)).toEqual(submitted.metadata);
    expect(message.key!.toString()).toBe('proposal-42');
    expect(JSON.parse(message.value!.toString())).toEqual(submitted.data);
    expect(fromKafkaMessage(message)).toEqual<EventEnvelope>({ ...stored, context });
  });

  it('applies an effect once when the relay dies after Kafka acknowledged and before its checkpoint', async () => {
    const kafka = createKafka({ brokers: testKafkaBrokers(), clientId: 'relay-crash-test' });
    for (let i = 0; i < 10; i++) await store.appendToStream(`stream-${i % 3}`, [event()]);
    const dyingStore: EventStore = Object.assign(Object.create(store), {
      storeCheckpoint: async () => {
        throw new Error('relay process killed before storing its checkpoint');
      },
    });
    const dying = startRelay(kafka, dyingStore);
    await readTopic(kafka, 10);
    await dying.stop();
    expect(await store.readCheckpoint(dying.checkpointName)).toEqual({
      transactionId: '0',
      globalPosition: 0,
    });

    startRelay(kafka);
    await startConsumer(kafka);

    const published = await readTopic(kafka, 20);
    expect(new Set(published.map((message) => message.headers!.ce_id!.toString())).size).toBe(10);
    await eventually(async () => expect(await effects()).toHaveLength(10));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await effects()).toHaveLength(10);
  });

  it('relays events of the largest accepted size', async () => {
    const kafka = createKafka({ brokers: testKafkaBrokers(), clientId: 'large-events-test' });
    const large = () => ({
      ...event('decision.minutes_published.v1', { minutes: 'x'.repeat(MAX_EVENT_BYTES - 80_000) }),
      metadata: { actor: 'secretariat-1', note: 'y'.repeat(60_000) },
    });
    await store.appendToStream('session-1', [large(), event(), large()]);
    await store.appendToStream('session-2', [large(), large()]);
    startRelay(kafka);
    await startConsumer(kafka);

    await eventually(async () => expect(await effects()).toHaveLength(5));
  });

  it('loses nothing and keeps each stream in order when the broker goes away mid-stream and comes back', async () => {
    const broker = dedicatedBroker(19092);
    await broker.start();
    stopAfterEach.push({ stop: () => broker.destroy() });
    const kafka = createKafka({ brokers: broker.brokers, clientId: 'outage-test' });
    const relay = startRelay(kafka);
    await startConsumer(kafka);

    const streams = ['proposal-1', 'proposal-2', 'proposal-3', 'proposal-4'];
    const appendRound = async () => {
      for (const stream of streams) await store.appendToStream(stream, [event(), event()]);
    };
    for (let round = 0; round < 10; round++) await appendRound();
    await eventually(async () => expect((await effects()).length).toBeGreaterThan(0));

    await broker.stop();
    reported.length = 0;
    const acknowledgedBefore = relay.position;
    for (let round = 0; round < 10; round++) await appendRound();
    await eventually(() => expect(reported.length).toBeGreaterThan(0)); // the relay says it cannot publish
    const storedBefore = await store.readCheckpoint(relay.checkpointName);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(relay.position).toEqual(acknowledgedBefore); // and its checkpoint does not move without acks
    expect(await store.readCheckpoint(relay.checkpointName)).toEqual(storedBefore);
    const duringOutage = (await effects()).length;
    await broker.start();
    for (let round = 0; round < 5; round++) await appendRound();

    await eventually(async () => expect(await effects()).toHaveLength(200), 45_000);
    expect(duringOutage).toBeLessThan(200);
    const rows = await effects();
    for (const stream of streams) {
      const versions = rows.filter((row) => row.stream_id === stream).map((row) => row.stream_version);
      expect(versions).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    }
  });
});
