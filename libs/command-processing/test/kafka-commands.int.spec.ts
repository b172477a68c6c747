import { civicAggregates } from '@hyeopchi/civic/contract';
import { civicService } from '@hyeopchi/civic/service';
import {
  CommandDispatcher,
  CommandReply,
  KafkaCommandConsumer,
  KafkaCommandSender,
} from '@hyeopchi/command-processing';
import { TestClock, startServiceForTest } from '@hyeopchi/command-processing/testing';
import { HyeopchiConfig, loadConfiguration } from '@hyeopchi/config';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { registerDemoDepartments } from '@hyeopchi/platform';
import { createKafka } from '@hyeopchi/messaging';
import {
  Started,
  eventually,
  freshDatabase,
  proposalDraft,
  testDatabaseUrl,
  testKafkaBrokers,
  testPool,
} from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const draft = (proposalId: string) => ({
  type: 'DraftProposal',
  actor: 'author',
  commandId: randomUUID(),
  data: proposalDraft(proposalId),
});
const submit = (proposalId: string) => ({
  type: 'SubmitProposal',
  actor: 'author',
  commandId: randomUUID(),
  data: { proposalId },
});

/** Commands to the civic service in its own application, over the real broker, answered by our own consumer. */
describe('commands over Kafka request-reply', () => {
  const run = randomBytes(4).toString('hex');
  let database: Started<string>;
  let config: HyeopchiConfig;
  let civic: INestApplication;
  let sender: KafkaCommandSender;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_kcmd_${run}`);
    config = loadConfiguration({
      DATABASE_URL: database.value,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: `kcmd-${run}`,
      KAFKA_TOPIC_PARTITIONS: '3',
      PORT: '0',
    });
    civic = await startServiceForTest(civicService, config, new TestClock());
    sender = await KafkaCommandSender.connect(config, civicAggregates, { name: `kcmd-${run}` });
    pool = testPool(database.value, 2);
    store = await PostgresEventStore.open(pool, 'civic');
    const policy = await sender.send('civic', {
      type: 'AdoptThresholdPolicy',
      actor: 'admin',
      data: {
        supportWindowDays: 365,
        tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 1000 }],
      },
    });
    expect(policy).toMatchObject({ ok: true });
    await registerDemoDepartments((request) => sender.send('civic', request));
  });

  afterAll(async () => {
    await sender?.close();
    await civic?.close();
    await pool?.end();
    await database?.stop();
  });

  it('answers a command with the stream it appended to', async () => {
    const request = draft(`round-trip-${run}`);
    const reply = await sender.send('civic', request);

    expect(reply).toEqual({
      ok: true,
      commandId: request.commandId,
      streamId: `proposal-round-trip-${run}`,
      streamVersion: 1,
      globalPosition: expect.any(Number),
      eventTypes: ['proposal.drafted.v1'],
    });
  });

  it('answers a command it refuses with a typed error, and writes nothing', async () => {
    const request = { ...draft(`refused-${run}`), data: { proposalId: `refused-${run}` } };
    const reply = await sender.send('civic', request);

    expect(reply).toMatchObject({
      ok: false,
      commandId: request.commandId,
      error: { code: 'INVALID_COMMAND' },
    });
    expect(await store.readStream(`proposal-refused-${run}`)).toEqual([]);
  });

  it('keeps the order of commands to one stream sent without waiting for each other', async () => {
    const proposalId = `ordered-${run}`;
    const [drafted, submitted] = await Promise.all([
      sender.send('civic', draft(proposalId)),
      sender.send('civic', submit(proposalId)),
    ]);

    // submitting a proposal not drafted yet is refused: the second command ran after the first
    expect(drafted).toMatchObject({ ok: true, streamVersion: 1 });
    expect(submitted).toMatchObject({ ok: true, streamVersion: 2 });
  });

  it('answers commands to many streams at once', async () => {
    const proposalIds = Array.from({ length: 60 }, (_, i) => `many-${run}-${i}`);
    const replies = await Promise.all(proposalIds.map((id) => sender.send('civic', draft(id))));

    expect(replies.map((reply) => reply.ok && reply.streamId)).toEqual(
      proposalIds.map((id) => `proposal-${id}`),
    );
  });

  it('refuses with a timeout, not a hang, when no service answers', async () => {
    const nobody = { ...config, KAFKA_TOPIC_NAMESPACE: `kcmd-${run}-nobody` };
    const lonely = await KafkaCommandSender.connect(nobody, civicAggregates, {
      name: `kcmd-${run}-lonely`,
      timeoutMs: 500,
    });
    try {
      const request = draft(`unanswered-${run}`);
      const reply = await lonely.send('civic', request);

      expect(reply).toMatchObject({
        ok: false,
        commandId: request.commandId,
        error: { code: 'COMMAND_TIMEOUT' },
      });
    } finally {
      await lonely.close();
    }
  });

  describe('a consumer of its own on a topic of its own', () => {
    let consumers: KafkaCommandConsumer[] = [];
    let isolated: KafkaCommandSender;
    const namespace = `kcmd-${run}-own`;
    const startConsumer = async (dispatch: (request: unknown) => Promise<CommandReply>) => {
      const consumer = await KafkaCommandConsumer.start({
        kafka: createKafka({ brokers: testKafkaBrokers(), clientId: `kcmd-${run}` }),
        context: 'civic',
        namespace,
        partitions: 1,
        groupId: `${namespace}.civic-commands`,
        dispatch,
        drainMs: 100,
      });
      consumers.push(consumer);
      return consumer;
    };
    const dispatcher = () => civic.get(CommandDispatcher);

    beforeAll(async () => {
      isolated = await KafkaCommandSender.connect(
        { ...config, KAFKA_TOPIC_NAMESPACE: namespace },
        civicAggregates,
        {
          name: `kcmd-${run}-own`,
          timeoutMs: 30_000,
        },
      );
    });
    afterEach(async () => {
      await Promise.all(consumers.map((consumer) => consumer.stop()));
      consumers = [];
    });
    afterAll(() => isolated?.close());

    it('works on commands to different streams of one partition side by side', async () => {
      const streams = 8;
      let arrived = 0;
      let allArrived: () => void;
      const barrier = new Promise<void>((resolve) => (allArrived = resolve));
      // no command is answered before all of them have arrived: one at a time would wait forever
      await startConsumer(async (request) => {
        if (++arrived === streams) allArrived();
        await barrier;
        return dispatcher().dispatch(request);
      });

      const replies = await Promise.all(
        Array.from({ length: streams }, (_, i) => isolated.send('civic', draft(`side-by-side-${run}-${i}`))),
      );

      expect(replies.every((reply) => reply.ok)).toBe(true);
    });

    it('redelivers a command whose consumer died before replying, and the command acts once', async () => {
      const proposalId = `redelivered-${run}`;
      // acts, then never replies: as a process that dies between its append and its reply
      const dying = await startConsumer(async (request) => {
        await dispatcher().dispatch(request);
        return new Promise<never>(() => undefined);
      });
      const request = draft(proposalId);
      const replied = isolated.send('civic', request);
      await eventually(async () => expect(await store.readStream(`proposal-${proposalId}`)).toHaveLength(1));
      await dying.stop();
      consumers = consumers.filter((consumer) => consumer !== dying);

      await startConsumer((redelivered) => dispatcher().dispatch(redelivered));

      expect(await replied).toMatchObject({ ok: true, commandId: request.commandId, streamVersion: 1 });
      expect(await store.readStream(`proposal-${proposalId}`)).toHaveLength(1);
    });
  });
});
