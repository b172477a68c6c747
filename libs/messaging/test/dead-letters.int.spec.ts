import {
  DeadLetterNotice,
  EventEnvelope,
  KafkaEventBus,
  KnownEvents,
  POISON_REASONS,
  PoisonEventError,
  RunningSubscription,
  createKafka,
  deadLetterTopicOf,
  ensureTopics,
  readDeadLetters,
  replayDeadLetter,
  toKafkaMessage,
  topicOf,
} from '@hyeopchi/messaging';
import { FAST_RETRY, syntheticEvent } from '@hyeopchi/messaging/testing';
import { eventually, testDatabaseUrl, testKafkaBrokers, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { ConfigResourceTypes, Kafka, Message, Partitioners } from 'kafkajs';
import { Pool } from 'pg';
import { register } from 'prom-client';

const RECORDED = 'entry.recorded.v1';

interface SubscriptionOptions {
  known?: KnownEvents;
  eventTypes?: ReadonlySet<string>;
  upgradeWaitMs?: number;
}

describe('Kafka consumer: poison messages go to the dead-letter topic', () => {
  let pool: Pool;
  let kafka: Kafka;
  let run: string;
  let namespace: string;
  let context: string;
  let schema: string;
  let version: number;
  /** Whether the handler refuses events marked `refuse` (until "the fix"). */
  let refusing: boolean;
  const stopAfterEach: RunningSubscription[] = [];

  /** The test context's catalogue, as a version of the platform that reads `RECORDED` up to `revision`. */
  const knowing = (revision: number): KnownEvents => ({
    typesOf: (of) => (of === context ? new Set([RECORDED]) : undefined),
    currentRevision: () => revision,
  });

  beforeAll(() => {
    pool = testPool(testDatabaseUrl());
    kafka = createKafka({ brokers: testKafkaBrokers(), clientId: 'dead-letters-test' });
  });
  afterAll(() => pool.end());
  beforeEach(async () => {
    schema = uniqueSchemaName('dead_letters');
    run = schema.slice('dead_letters_'.length);
    namespace = `dl-${run}`;
    context = 'ledger';
    version = 0;
    refusing = true;
    attempts.clear();
    reported.length = 0;
    notices.length = 0;
    await pool.query(`CREATE SCHEMA ${schema}`);
    await pool.query(`CREATE TABLE ${schema}.effects (seq serial, event_id text)`);
    // one partition, so that the test's messages keep the order it published them in
    await ensureTopics(kafka, [context], 1, namespace);
  });
  afterEach(async () => {
    for (const running of stopAfterEach.splice(0).reverse()) await running.stop();
  });

  /** The next event of the test's one stream. */
  const next = (data: object = {}, type = RECORDED): EventEnvelope => ({
    ...syntheticEvent(context, type, data, { correlationId: run }),
    streamId: `ledger-${run}`,
    streamVersion: ++version,
  });
  const messageOf = (event: EventEnvelope): Message => toKafkaMessage(context, event);

  const publish = async (messages: Message[]): Promise<number> => {
    const producer = kafka.producer();
    await producer.connect();
    try {
      const [sent] = await producer.send({ topic: topicOf(context, namespace), acks: -1, messages });
      return Number(sent.baseOffset);
    } finally {
      await producer.disconnect();
    }
  };

  const effects = async (): Promise<string[]> =>
    (await pool.query<{ event_id: string }>(`SELECT event_id FROM ${schema}.effects ORDER BY seq`)).rows.map(
      (row) => row.event_id,
    );

  const attempts = new Map<string, number>();
  const reported: string[] = [];
  const notices: DeadLetterNotice[] = [];
  const consumerName = () => `ledger-${run}`;
  const subscribe = async ({ known = knowing(1), eventTypes, upgradeWaitMs }: SubscriptionOptions = {}) => {
    const running = await new KafkaEventBus({
      kafka,
      pool,
      partitions: 1,
      namespace,
      backoff: FAST_RETRY,
      knownEvents: known,
      upgradeWaitMs,
      onError: (error, where) => reported.push(`${where}: ${String(error)}`),
      onDeadLetter: (notice) => notices.push(notice),
    }).subscribe({
      name: consumerName(),
      schema,
      contexts: [context],
      eventTypes,
      handle: async (event, tx) => {
        const attempt = (attempts.get(event.eventId) ?? 0) + 1;
        attempts.set(event.eventId, attempt);
        const data = event.data as { refuse?: boolean; failTimes?: number };
        if (data.refuse && refusing)
          throw new PoisonEventError('refused-by-handler', 'the amount is not a number');
        if (attempt <= (data.failTimes ?? 0)) throw new Error('the database went away (transient)');
        await tx.query(`INSERT INTO ${schema}.effects (event_id) VALUES ($1)`, [event.eventId]);
      },
    });
    stopAfterEach.push(running);
    return running;
  };

  const consumerLag = async (): Promise<number | undefined> => {
    const { values } = await register.getSingleMetric('hyeopchi_consumer_lag_events')!.get();
    return values.find(({ labels }) => labels.consumer === consumerName())?.value;
  };

  /** The consumer's dead letters counted, by reason, leaving out the reasons still at 0. */
  const countedDeadLetters = async (): Promise<Record<string, number>> => {
    const metric = register.getSingleMetric('hyeopchi_dead_letters_total');
    const { values } = await metric!.get();
    return Object.fromEntries(
      values
        .filter(({ labels, value }) => labels.consumer === consumerName() && value > 0)
        .map(({ labels, value }) => [String(labels.reason), value]),
    );
  };

  it('dead-letters each kind of poison with its reason and source, and applies the events around them in order, once', async () => {
    const first = next();
    const malformed = { ...messageOf(next()), value: '{"name": "Kim Minji" x}' };
    const foreign: Message = { key: `ledger-${run}`, value: 'hello', headers: { origin: 'another system' } };
    const badMetadata = { ...next(), metadata: ['not', 'an', 'object'] } as unknown as EventEnvelope;
    const refused = next({ refuse: true });
    const flaky = next({ failTimes: 2 });
    const last = next();
    const published = [
      messageOf(first),
      malformed,
      foreign,
      messageOf(badMetadata),
      messageOf(refused),
      messageOf(flaky),
      messageOf(last),
    ];
    const base = await publish(published);

    await subscribe();

    await eventually(
      async () => expect(await effects()).toEqual([first, flaky, last].map((e) => e.eventId)),
      60_000,
    );
    const letters = await eventually(async () => {
      const read = await readDeadLetters(kafka, namespace, { limit: 100 });
      expect(read).toHaveLength(4);
      return read;
    }, 60_000);
    expect(letters.map((letter) => letter.reason)).toEqual([
      'malformed-json',
      'not-a-cloud-event',
      'invalid-event',
      'refused-by-handler',
    ]);
    const sourceIndexes = [1, 2, 3, 4];
    letters.forEach((letter, index) => {
      const original = published[sourceIndexes[index]];
      expect(letter).toMatchObject({
        consumer: consumerName(),
        topic: topicOf(context, namespace),
        partition: 0,
        offset: String(base + sourceIndexes[index]),
      });
      expect(letter.error).not.toBe('');
      expect(Number.isNaN(Date.parse(letter.time))).toBe(false);
      // the message itself, unchanged
      expect(letter.message.key?.toString()).toBe(String(original.key));
      expect(letter.message.value?.toString()).toBe(String(original.value));
      for (const [name, value] of Object.entries(original.headers ?? {})) {
        expect(letter.message.headers?.[name]?.toString()).toBe(String(value));
      }
    });
    expect(letters[2]).toMatchObject({ eventId: badMetadata.eventId, eventType: `hyeopchi.${RECORDED}` });
    expect(letters[3].eventId).toBe(refused.eventId);
    // the broken JSON is a citizen's data: its letter says where it broke, and quotes nothing of it
    expect(letters[0].error).toBe('not a Hyeopchi CloudEvent: its data is not valid JSON (at position 21)');
    expect(notices[0].error).toBe(letters[0].error);
    expect(reported.join('\n')).not.toContain('Kim Minji');

    // the alert: one log notice and one count per letter
    expect(notices.map((notice) => notice.reason)).toEqual(letters.map((letter) => letter.reason));
    expect(await countedDeadLetters()).toEqual(
      Object.fromEntries(letters.map((letter) => [letter.reason, 1])),
    );

    // the transient failure was retried, not dead-lettered
    expect(attempts.get(flaky.eventId)).toBe(3);
    expect(reported.some((line) => line.includes('(transient)'))).toBe(true);
    expect(letters.map((letter) => letter.eventId)).not.toContain(flaky.eventId);
  }, 120_000);

  it('commits past a dead letter: a restarted consumer neither reapplies nor dead-letters again', async () => {
    const first = next();
    await publish([messageOf(first), { ...messageOf(next()), value: 'not json' }]);
    const running = await subscribe();
    await eventually(async () => expect(await countedDeadLetters()).toEqual({ 'malformed-json': 1 }), 60_000);
    await running.stop();
    stopAfterEach.splice(stopAfterEach.indexOf(running), 1);

    const later = next();
    await publish([messageOf(later)]);
    await subscribe();
    await eventually(async () => expect(await effects()).toEqual([first.eventId, later.eventId]), 60_000);
    expect(await readDeadLetters(kafka, namespace, { limit: 100 })).toHaveLength(1);
    expect(await countedDeadLetters()).toEqual({ 'malformed-json': 1 });
  }, 120_000);

  it('does not move past a poison message while the dead-letter topic refuses it, and goes on once it accepts', async () => {
    const deadLetterTopic = deadLetterTopicOf(namespace);
    const admin = kafka.admin();
    await admin.connect();
    try {
      // a topic that refuses every letter: each is larger than 64 bytes
      await admin.createTopics({
        waitForLeaders: true,
        topics: [
          {
            topic: deadLetterTopic,
            numPartitions: 1,
            configEntries: [{ name: 'max.message.bytes', value: '64' }],
          },
        ],
      });
      const after = next();
      await publish([{ ...messageOf(next()), value: 'not json' }, messageOf(after)]);
      await subscribe();

      await eventually(
        () =>
          expect(reported.filter((line) => line.includes(deadLetterTopic)).length).toBeGreaterThanOrEqual(3),
        60_000,
      );
      expect(await effects()).toEqual([]);
      expect(await countedDeadLetters()).toEqual({});

      await admin.alterConfigs({
        validateOnly: false,
        resources: [
          {
            type: ConfigResourceTypes.TOPIC,
            name: deadLetterTopic,
            configEntries: [{ name: 'max.message.bytes', value: String(1024 * 1024) }],
          },
        ],
      });
      await eventually(async () => expect(await effects()).toEqual([after.eventId]), 60_000);
      expect(await readDeadLetters(kafka, namespace, { limit: 100 })).toHaveLength(1);
      expect(await countedDeadLetters()).toEqual({ 'malformed-json': 1 });
    } finally {
      await admin.disconnect();
    }
  }, 120_000);

  it('counts every reason at 0 from the start, so that the first letter is an increase', async () => {
    await subscribe();
    const scraped = await register.metrics();
    for (const reason of POISON_REASONS) {
      expect(scraped).toContain(
        `hyeopchi_dead_letters_total{consumer="${consumerName()}",reason="${reason}"} 0`,
      );
    }
  }, 60_000);

  it('waits on an event newer than it reads, without dead-lettering it, and a consumer that reads it applies it in order', async () => {
    const first = next();
    const newer = { ...next(), schemaVersion: 2 };
    const after = next();
    await publish([messageOf(first), messageOf(newer), messageOf(after)]);
    const old = await subscribe();

    // the events before it are applied; it waits, retried with a warning naming it, and holds the partition
    const waiting = (line: string) => line.includes(`${RECORDED} revision 2 is newer than 1`);
    await eventually(() => expect(reported.filter(waiting).length).toBeGreaterThanOrEqual(3), 60_000);
    expect(reported.find(waiting)).toContain(newer.eventId);
    expect(await effects()).toEqual([first.eventId]);
    expect(attempts.has(newer.eventId)).toBe(false);
    expect(await readDeadLetters(kafka, namespace, { limit: 10 })).toEqual([]);
    expect(await countedDeadLetters()).toEqual({});

    // what is published behind it shows as lag while it waits, for the lag alert to see
    const behind = [next(), next(), next(), next(), next()];
    await publish(behind.map(messageOf));
    await eventually(async () => expect(await consumerLag()).toBeGreaterThanOrEqual(7), 60_000);

    // the upgrade: a consumer of the same group that reads revision 2 takes over
    await old.stop();
    stopAfterEach.splice(stopAfterEach.indexOf(old), 1);
    await subscribe({ known: knowing(2) });
    await eventually(
      async () => expect(await effects()).toEqual([first, newer, after, ...behind].map((e) => e.eventId)),
      60_000,
    );
    expect(await readDeadLetters(kafka, namespace, { limit: 10 })).toEqual([]);
  }, 120_000);

  it('dead-letters an event no upgrade brought within the wait, with its reason, and carries on in order', async () => {
    const first = next();
    const unheardOf = next({}, 'entry.unheard_of.v1');
    const newer = { ...next(), schemaVersion: 2 };
    const after = next();
    await publish([messageOf(first), messageOf(unheardOf), messageOf(newer), messageOf(after)]);
    await subscribe({ upgradeWaitMs: 1_500 });

    await eventually(async () => expect(await effects()).toEqual([first.eventId, after.eventId]), 60_000);
    const letters = await readDeadLetters(kafka, namespace, { limit: 10 });
    expect(letters.map(({ eventId, reason }) => [eventId, reason])).toEqual([
      [unheardOf.eventId, 'unknown-event-type'],
      [newer.eventId, 'unknown-schema-version'],
    ]);
    expect(letters[1].error).toMatch(/revision 2 is newer than 1.*waited \d+ s for an upgrade/);
    expect(await countedDeadLetters()).toEqual({ 'unknown-event-type': 1, 'unknown-schema-version': 1 });
    expect(attempts.has(unheardOf.eventId) || attempts.has(newer.eventId)).toBe(false);
  }, 120_000);

  it('lets an unknown type pass by a subscription that does not act on it, without waiting', async () => {
    const first = next();
    const unheardOf = next({}, 'entry.unheard_of.v1');
    const after = next();
    await publish([messageOf(first), messageOf(unheardOf), messageOf(after)]);
    await subscribe({ eventTypes: new Set([RECORDED]) });

    await eventually(async () => expect(await effects()).toEqual([first.eventId, after.eventId]), 60_000);
    expect(reported).toEqual([]);
    expect(await readDeadLetters(kafka, namespace, { limit: 10 })).toEqual([]);
  }, 120_000);

  it('replays a dead letter to its source partition without the dead-letter headers, once it can be applied', async () => {
    // a stream the default partitioner would send elsewhere once the topic has more partitions
    const partitions = 8;
    const streamId = [...Array(100).keys()]
      .map((i) => `ledger-${run}-${i}`)
      .find((key) => partitionOf(key, partitions) !== 0)!;
    const refusedOnce = { ...next({ refuse: true }), streamId };
    await publish([messageOf(refusedOnce)]);
    await subscribe();
    const [letter] = await eventually(async () => {
      const read = await readDeadLetters(kafka, namespace, { limit: 10 });
      expect(read).toHaveLength(1);
      return read;
    }, 60_000);
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createPartitions({
        topicPartitions: [{ topic: topicOf(context, namespace), count: partitions }],
      });
    } finally {
      await admin.disconnect();
    }

    refusing = false;
    const replayed = await replayDeadLetter(kafka, namespace, letter.deadLetterOffset);
    expect(replayed).toMatchObject({ topic: topicOf(context, namespace), partition: 0 });
    await eventually(async () => expect(await effects()).toEqual([refusedOnce.eventId]), 60_000);

    const replayedMessage = await eventually(async () => {
      const consumer = kafka.consumer({ groupId: `${namespace}.check-${Math.random()}` });
      const seen: Message[] = [];
      await consumer.connect();
      await consumer.subscribe({ topics: [topicOf(context, namespace)], fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void seen.push(message) });
      try {
        await eventually(() => expect(seen).toHaveLength(2), 20_000);
      } finally {
        await consumer.disconnect();
      }
      return seen[1];
    }, 60_000);
    expect(replayedMessage.headers?.ce_id?.toString()).toBe(refusedOnce.eventId);
    expect(replayedMessage.headers?.dl_reason).toBeUndefined();
    expect(replayedMessage.value?.toString()).toBe(JSON.stringify(refusedOnce.data));
    await expect(replayDeadLetter(kafka, namespace, '99')).rejects.toThrow(/no dead letter at offset 99/);
  }, 120_000);
});

/** Where kafkajs's default partitioner puts a key in a topic of `count` partitions. */
function partitionOf(key: string, count: number): number {
  const partitionMetadata = [...Array(count).keys()].map((partitionId) => ({
    partitionId,
    leader: 0,
    partitionErrorCode: 0,
    replicas: [0],
    isr: [0],
  }));
  return Partitioners.DefaultPartitioner()({ topic: 't', partitionMetadata, message: { key, value: null } });
}
