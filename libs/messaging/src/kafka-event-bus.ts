import { BackoffOptions, DEFAULT_BACKOFF, backoffDelay, sleep } from '@hyeopchi/backoff';
import { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { MalformedCloudEventError, fromKafkaMessage } from './cloud-events';
import { DEFAULT_TOPIC_NAMESPACE, EventEnvelope, topicOf } from './envelope';
import { BusErrorListener, EventBus, EventSubscription, RunningSubscription } from './event-bus.port';
import { Inbox } from './inbox';
import { ensureTopics } from './kafka';
import { consumerLag } from './lag-metrics';

export interface KafkaEventBusOptions {
  kafka: Kafka;
  /** The consumers' database, for their inboxes. */
  pool: Pool;
  partitions: number;
  /** Prefixes topics and consumer groups; `hyeopchi` by default. */
  namespace?: string;
  backoff?: BackoffOptions;
  onError?: BusErrorListener;
}

const PARTITIONS_CONSUMED_CONCURRENTLY = 3;

/** The distributed mode's bus: a Kafka consumer group per subscription. */
export class KafkaEventBus implements EventBus {
  constructor(private readonly options: KafkaEventBusOptions) {}

  async subscribe(subscription: EventSubscription): Promise<RunningSubscription> {
    const inbox = await Inbox.open(this.options.pool, subscription.schema);
    await ensureTopics(
      this.options.kafka,
      subscription.contexts,
      this.options.partitions,
      this.options.namespace,
    );
    const consumer = new KafkaSubscriptionConsumer(this.options, subscription, inbox);
    try {
      await consumer.start();
    } catch (error) {
      await consumer.stop();
      throw error;
    }
    return consumer;
  }
}

/**
 * One consumer group member. An offset is committed only after its effect's transaction committed; a failing
 * effect is retried in place (heartbeating meanwhile), so the partition never moves past it; a consumer that
 * crashes is replaced rather than left silent.
 */
class KafkaSubscriptionConsumer implements RunningSubscription {
  private consumer: Consumer | undefined;
  private running = true;
  /** A start or a replacement under way: stop() waits for it, so no consumer outlives stop(). */
  private starting: Promise<void> = Promise.resolve();
  /** Messages not yet applied per partition held (`topic/partition`), as of each partition's last fetch. */
  private readonly lagByPartition = new Map<string, number>();
  private readonly untrackLag = consumerLag.track(() => [
    {
      labels: { consumer: this.subscription.name },
      value: [...this.lagByPartition.values()].reduce((sum, lag) => sum + lag, 0),
    },
  ]);

  constructor(
    private readonly options: KafkaEventBusOptions,
    private readonly subscription: EventSubscription,
    private readonly inbox: Inbox,
  ) {}

  start(): Promise<void> {
    this.starting = this.connectConsumer();
    return this.starting;
  }

  private get namespace(): string {
    return this.options.namespace ?? DEFAULT_TOPIC_NAMESPACE;
  }

  async stop(): Promise<void> {
    this.untrackLag();
    this.running = false;
    await this.starting.catch(() => undefined);
    await this.consumer?.disconnect();
  }

  private async connectConsumer(): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: `${this.namespace}.${this.subscription.name}`,
      allowAutoTopicCreation: false,
      // kafkajs only fetches again once a fetch returned: a short wait bounds how long new data can sit behind
      // an idle partition's fetch (p99 append-to-handler 60 -> 35 ms at 1,000 events/s), for 50 polls/s when idle.
      maxWaitTimeInMs: 20,
      // Short enough that a broker restart does not keep the group waiting half a minute for a dead member.
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2_000 },
    });
    // a rebalance may take partitions away: their lag is their new owner's to tell
    consumer.on(consumer.events.GROUP_JOIN, () => this.lagByPartition.clear());
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.report(payload.error, 'consumer crashed');
      if (!payload.restart && this.running) this.starting = this.replace(consumer);
    });
    try {
      await consumer.connect();
      const topics = this.subscription.contexts.map((context) => topicOf(context, this.namespace));
      await consumer.subscribe({ topics, fromBeginning: true });
      await this.run(consumer);
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    if (this.running) {
      this.consumer = consumer;
    } else {
      await consumer.disconnect();
    }
  }

  private run(consumer: Consumer): Promise<void> {
    return consumer.run({
      // Only offsets resolved after their effects committed are committed, on an interval: a crash redelivers
      // at most that interval's events, which the inbox absorbs, and no broker round trip waits on every batch.
      autoCommit: true,
      autoCommitInterval: 500,
      eachBatchAutoResolve: false,
      // One stream stays in one partition, so consuming partitions side by side keeps each stream in order.
      partitionsConsumedConcurrently: PARTITIONS_CONSUMED_CONCURRENTLY,
      eachBatch: (batch) => this.consume(batch),
    });
  }

  private async consume({
    batch,
    resolveOffset,
    heartbeat,
    isRunning,
    isStale,
    commitOffsetsIfNecessary,
  }: EachBatchPayload): Promise<void> {
    const stillOwned = () => isRunning() && !isStale();
    const events: EventEnvelope[] = [];
    for (const message of batch.messages) {
      try {
        events.push(fromKafkaMessage(message));
      } catch (error) {
        if (!(error instanceof MalformedCloudEventError)) throw error;
        // Not an event of ours (nothing we accepted can be lost by passing it): report it and move on.
        this.report(error, `skipped offset ${message.offset} of ${batch.topic}/${batch.partition}`);
      }
    }
    const last = batch.messages.at(-1);
    const partition = `${batch.topic}/${batch.partition}`;
    // the batch itself counts until it is applied: a failing effect retried in place shows as lag
    this.lagByPartition.set(
      partition,
      Number(batch.highWatermark) - Number(batch.firstOffset() ?? batch.highWatermark),
    );
    if (!last || !(await this.untilProcessed(events, heartbeat, stillOwned))) return;
    this.lagByPartition.set(partition, Number(batch.highWatermark) - Number(last.offset) - 1);
    resolveOffset(last.offset);
    await commitOffsetsIfNecessary();
  }

  private async untilProcessed(
    events: EventEnvelope[],
    heartbeat: () => Promise<void>,
    stillOwned: () => boolean,
  ): Promise<boolean> {
    for (let attempt = 1; stillOwned(); attempt++) {
      try {
        await this.inbox.processAll(this.subscription, events);
        return true;
      } catch (error) {
        this.report(error, `handling a batch of ${events.length} (attempt ${attempt})`);
        await sleep(backoffDelay(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
        await heartbeat().catch(() => undefined);
      }
    }
    return false;
  }

  private async replace(crashed: Consumer): Promise<void> {
    await crashed.disconnect().catch(() => undefined);
    for (let attempt = 1; this.running; attempt++) {
      await sleep(backoffDelay(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
      try {
        if (this.running) await this.connectConsumer();
        return;
      } catch (error) {
        this.report(error, 'restarting consumer');
      }
    }
  }

  private report(error: unknown, where: string): void {
    this.options.onError?.(error, `${this.subscription.name}: ${where}`);
  }
}
