import { BackoffOptions, DEFAULT_BACKOFF, backoffDelay, sleep } from '@hyeopchi/backoff';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { Pool } from 'pg';
import { fromKafkaMessage } from './cloud-events';
import { DeadLetterNotice, DeadLetterTopic, countDeadLettersOf, noticeOf } from './dead-letters';
import { DEFAULT_TOPIC_NAMESPACE, EventEnvelope, topicOf } from './envelope';
import { BusErrorListener, EventBus, EventSubscription, RunningSubscription } from './event-bus.port';
import { Inbox } from './inbox';
import { ensureTopics } from './kafka';
import { KnownEvents, NewerEventError, Unreadable, newerThanKnown } from './known-events';
import { PartitionEnds } from './partition-ends';
import { PoisonEventError, RefusedEventError, assertApplicable } from './poison';
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
  /**
   * The event types and revisions this process reads: a consumer waits on a newer one (a rolling upgrade under
   * way) rather than apply it. Without it, only an event's form is checked.
   */
  knownEvents?: KnownEvents;
  /**
   * How long a consumer waits on an event it cannot read yet before it dead-letters it and carries on: long enough
   * for a rolling upgrade to reach it (5 minutes by default), bounded so that an event no version will read never
   * stops a partition for good.
   */
  upgradeWaitMs?: number;
  /** Told of each message sent to the dead-letter topic, once the broker has it: the operators' alert line. */
  onDeadLetter?: (notice: DeadLetterNotice) => void;
}

const PARTITIONS_CONSUMED_CONCURRENTLY = 3;
const DEFAULT_UPGRADE_WAIT_MS = 5 * 60_000;

/**
 * How a delivery's retries keep the partition: heartbeats between attempts, and a stop once it is lost; and how
 * they show it held: its lag, refreshed between attempts.
 */
interface Retrying {
  heartbeat: () => Promise<void>;
  stillOwned: () => boolean;
  refreshLag: () => Promise<void>;
}

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
    const deadLetters = new DeadLetterTopic(this.options.kafka, this.options.namespace);
    await deadLetters.ensure();
    countDeadLettersOf(subscription.name);
    const consumer = new KafkaSubscriptionConsumer(this.options, subscription, inbox, deadLetters);
    try {
      await consumer.start();
    } catch (error) {
      await consumer.stop();
      throw error;
    }
    return consumer;
  }
}

/** A message that decoded into an event, and the message, should the event have to be dead-lettered. */
interface Delivery {
  message: KafkaMessage;
  event: EventEnvelope;
}

/** What became of a run of deliveries: handled, or given up because the partition went to another member. */
type Outcome = 'handled' | 'no-longer-owned';

/**
 * One consumer group member. An offset is committed only after its effect's transaction committed; a failing
 * effect is retried in place (heartbeating meanwhile), so the partition never moves past it; a consumer that
 * crashes is replaced rather than left silent.
 *
 * The one exception is poison, a message no retry can apply (PoisonEventError: it does not decode, the store would
 * have refused it, or its handler refused it): it goes to the dead-letter topic, and its offset is committed only
 * once the broker has the letter. Any other error is transient. An event newer than this version (NewerEventError)
 * is transient for `upgradeWaitMs`: the consumer waits on it for an upgraded one to take over, then dead-letters it.
 */
class KafkaSubscriptionConsumer implements RunningSubscription {
  private consumer: Consumer | undefined;
  private running = true;
  /** A start or a replacement under way: stop() waits for it, so no consumer outlives stop(). */
  private starting: Promise<void> = Promise.resolve();
  /** Messages not yet applied per partition held (`topic/partition`), as of each partition's last fetch. */
  private readonly lagByPartition = new Map<string, number>();
  private readonly partitionEnds: PartitionEnds;
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
    private readonly deadLetters: DeadLetterTopic,
  ) {
    this.partitionEnds = new PartitionEnds(options.kafka);
  }

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
    await this.deadLetters.close();
    await this.partitionEnds.close();
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
    const partition = `${batch.topic}/${batch.partition}`;
    const firstOffset = Number(batch.firstOffset() ?? batch.highWatermark);
    // the batch itself counts until it is applied: a failing effect retried in place shows as lag, and so do the
    // messages published behind it meanwhile
    this.lagByPartition.set(partition, Number(batch.highWatermark) - firstOffset);
    const refreshLag = async () => {
      const end = await this.partitionEnds.of(batch.topic, batch.partition);
      if (stillOwned()) this.lagByPartition.set(partition, end - firstOffset);
    };
    const retrying = { heartbeat, stillOwned, refreshLag };
    const deadLetter = (message: KafkaMessage, poison: PoisonEventError) =>
      this.deadLetter(batch.topic, batch.partition, message, poison, retrying);
    let deliveries: Delivery[] = [];
    for (const message of batch.messages) {
      const decoded = this.decode(message);
      if (!(decoded instanceof PoisonEventError)) {
        deliveries.push({ message, event: decoded });
        continue;
      }
      // the events before it first, so that the partition's order holds around the gap
      if ((await this.applyAll(deliveries, deadLetter, retrying)) === 'no-longer-owned') return;
      deliveries = [];
      if ((await deadLetter(message, decoded)) === 'no-longer-owned') return;
      resolveOffset(message.offset);
    }
    const last = batch.messages.at(-1);
    if (!last || (await this.applyAll(deliveries, deadLetter, retrying)) === 'no-longer-owned') return;
    this.lagByPartition.set(partition, Number(batch.highWatermark) - Number(last.offset) - 1);
    resolveOffset(last.offset);
    await commitOffsetsIfNecessary();
  }

  private decode(message: KafkaMessage): EventEnvelope | PoisonEventError {
    try {
      const event = fromKafkaMessage(message);
      assertApplicable(event);
      return event;
    } catch (error) {
      if (error instanceof PoisonEventError) return error;
      throw error;
    }
  }

  /** Applies the deliveries in order; one whose handler refused it is dead-lettered, and those after it follow. */
  private async applyAll(
    deliveries: Delivery[],
    deadLetter: (message: KafkaMessage, poison: PoisonEventError) => Promise<Outcome>,
    retrying: Retrying,
  ): Promise<Outcome> {
    let rest = deliveries;
    while (rest.length > 0) {
      const refused = await this.untilProcessed(
        rest.map(({ event }) => event),
        retrying,
      );
      if (refused === 'handled' || refused === 'no-longer-owned') return refused;
      const at = rest.findIndex(({ event }) => event === refused.event);
      if ((await deadLetter(rest[at].message, refused.poison)) === 'no-longer-owned')
        return 'no-longer-owned';
      rest = rest.slice(at + 1);
    }
    return 'handled';
  }

  /**
   * Processes the events in order, retrying in place; those before one this version cannot read yet go first, and
   * that one waits for the upgrade until `upgradeWaitMs` has passed, then is refused (dead-lettered) like poison.
   */
  private async untilProcessed(
    events: EventEnvelope[],
    retrying: Retrying,
  ): Promise<Outcome | RefusedEventError> {
    let pending = events;
    let waiting: { eventId: string; since: number } | undefined;
    for (let attempt = 1; retrying.stillOwned(); attempt++) {
      try {
        const newer = this.firstNewer(pending);
        await this.inbox.processAll(this.subscription, newer ? pending.slice(0, newer.at) : pending);
        if (!newer) return 'handled';
        pending = pending.slice(newer.at);
        const event = pending[0];
        if (waiting?.eventId !== event.eventId) waiting = { eventId: event.eventId, since: Date.now() };
        const waitedMs = Date.now() - waiting.since;
        if (waitedMs >= (this.options.upgradeWaitMs ?? DEFAULT_UPGRADE_WAIT_MS)) {
          const detail = `${newer.unreadable.detail} (waited ${Math.round(waitedMs / 1000)} s for an upgrade)`;
          return new RefusedEventError(event, new PoisonEventError(newer.unreadable.reason, detail));
        }
        throw new NewerEventError(event, newer.unreadable.detail);
      } catch (error) {
        if (error instanceof RefusedEventError) return error;
        this.report(error, `handling a batch of ${pending.length} (attempt ${attempt})`);
        await this.pause(attempt, retrying);
      }
    }
    return 'no-longer-owned';
  }

  /** The first event this version cannot read yet; those of types the subscription ignores pass by unchecked. */
  private firstNewer(events: EventEnvelope[]): { at: number; unreadable: Unreadable } | undefined {
    const { eventTypes } = this.subscription;
    for (const [at, event] of events.entries()) {
      if (eventTypes && !eventTypes.has(event.type)) continue;
      const unreadable = newerThanKnown(event, this.options.knownEvents);
      if (unreadable) return { at, unreadable };
    }
    return undefined;
  }

  /** Sends a poison message to the dead-letter topic, retrying until the broker has it: it is never just dropped. */
  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    poison: PoisonEventError,
    retrying: Retrying,
  ): Promise<Outcome> {
    const letter = { consumer: this.subscription.name, topic, partition, message, poison };
    for (let attempt = 1; retrying.stillOwned(); attempt++) {
      try {
        await this.deadLetters.send(letter, new Date());
        this.options.onDeadLetter?.(noticeOf(letter));
        return 'handled';
      } catch (error) {
        this.report(
          error,
          `sending offset ${message.offset} of ${topic}/${partition} to ${this.deadLetters.topic} (attempt ${attempt})`,
        );
        await this.pause(attempt, retrying);
      }
    }
    return 'no-longer-owned';
  }

  private async pause(attempt: number, { heartbeat, refreshLag }: Retrying): Promise<void> {
    await sleep(backoffDelay(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
    await heartbeat().catch(() => undefined);
    // the figure only: a broker that cannot say leaves the last one
    await refreshLag().catch(() => undefined);
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
