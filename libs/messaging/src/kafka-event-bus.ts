import { BackoffOptions, DEFAULT_BACKOFF, backoffDelay, sleep } from '@hyeopchi/backoff';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { Pool } from 'pg';
import { fromKafkaMessage } from './cloud-events';
import { DeadLetterNotice, DeadLetterTopic, noticeOf } from './dead-letters';
import { DEFAULT_TOPIC_NAMESPACE, EventEnvelope, topicOf } from './envelope';
import { BusErrorListener, EventBus, EventSubscription, RunningSubscription } from './event-bus.port';
import { Inbox } from './inbox';
import { ensureTopics } from './kafka';
import { KnownEvents, PoisonEventError, RefusedEventError, assertApplicable } from './poison';

export interface KafkaEventBusOptions {
  kafka: Kafka;
  /** The consumers' database, for their inboxes. */
  pool: Pool;
  partitions: number;
  /** Prefixes topics and consumer groups; `hyeopchi` by default. */
  namespace?: string;
  backoff?: BackoffOptions;
  onError?: BusErrorListener;
  /** The event types and revisions this process reads; without it, only an event's form is checked. */
  knownEvents?: KnownEvents;
  /** Told of each message sent to the dead-letter topic, once the broker has it: the operators' alert line. */
  onDeadLetter?: (notice: DeadLetterNotice) => void;
}

const PARTITIONS_CONSUMED_CONCURRENTLY = 3;

/** How a delivery's retries keep the partition: heartbeats between attempts, and a stop once it is lost. */
interface Retrying {
  heartbeat: () => Promise<void>;
  stillOwned: () => boolean;
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
    const consumer = new KafkaSubscriptionConsumer(this.options, subscription, inbox, deadLetters);
    await consumer.start();
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
 * have refused it, its type or revision is unknown here, or its handler refused it): it goes to the dead-letter
 * topic, and its offset is committed only once the broker has the letter. Any other error is transient.
 */
class KafkaSubscriptionConsumer implements RunningSubscription {
  private consumer: Consumer | undefined;
  private running = true;
  /** A start or a replacement under way: stop() waits for it, so no consumer outlives stop(). */
  private starting: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: KafkaEventBusOptions,
    private readonly subscription: EventSubscription,
    private readonly inbox: Inbox,
    private readonly deadLetters: DeadLetterTopic,
  ) {}

  start(): Promise<void> {
    this.starting = this.connectConsumer();
    return this.starting;
  }

  private get namespace(): string {
    return this.options.namespace ?? DEFAULT_TOPIC_NAMESPACE;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.starting.catch(() => undefined);
    await this.consumer?.disconnect();
    await this.deadLetters.close();
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
    const retrying = { heartbeat, stillOwned };
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
    resolveOffset(last.offset);
    await commitOffsetsIfNecessary();
  }

  private decode(message: KafkaMessage): EventEnvelope | PoisonEventError {
    try {
      const event = fromKafkaMessage(message);
      assertApplicable(event, this.options.knownEvents);
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

  private async untilProcessed(
    events: EventEnvelope[],
    { heartbeat, stillOwned }: Retrying,
  ): Promise<Outcome | RefusedEventError> {
    for (let attempt = 1; stillOwned(); attempt++) {
      try {
        await this.inbox.processAll(this.subscription, events);
        return 'handled';
      } catch (error) {
        if (error instanceof RefusedEventError) return error;
        this.report(error, `handling a batch of ${events.length} (attempt ${attempt})`);
        await this.pause(attempt, heartbeat);
      }
    }
    return 'no-longer-owned';
  }

  /** Sends a poison message to the dead-letter topic, retrying until the broker has it: it is never just dropped. */
  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    poison: PoisonEventError,
    { heartbeat, stillOwned }: Retrying,
  ): Promise<Outcome> {
    const letter = { consumer: this.subscription.name, topic, partition, message, poison };
    for (let attempt = 1; stillOwned(); attempt++) {
      try {
        await this.deadLetters.send(letter, new Date());
        this.options.onDeadLetter?.(noticeOf(letter));
        return 'handled';
      } catch (error) {
        this.report(
          error,
          `sending offset ${message.offset} of ${topic}/${partition} to ${this.deadLetters.topic} (attempt ${attempt})`,
        );
        await this.pause(attempt, heartbeat);
      }
    }
    return 'no-longer-owned';
  }

  private async pause(attempt: number, heartbeat: () => Promise<void>): Promise<void> {
    await sleep(backoffDelay(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
    await heartbeat().catch(() => undefined);
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
