import { BackoffOptions } from '@hyeopchi/common';
import { CatchUpSubscription, EventStore, GlobalCheckpoint, RecordedEvent } from '@hyeopchi/event-store';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { toKafkaMessage } from './cloud-events';
import { topicOf } from './envelope';
import { ensureTopics } from './kafka';

export interface KafkaRelayOptions {
  store: EventStore;
  context: string;
  kafka: Kafka;
  partitions: number;
  batchSize?: number;
  pollIntervalMs?: number;
  backoff?: BackoffOptions;
  onError?(error: unknown, attempt: number): void;
}

/**
 * Publishes a context's log to its Kafka topic, in commit order, as CloudEvents. The checkpoint advances only
 * after Kafka acknowledged the batch (acks from all in-sync replicas, idempotent producer, one request in
 * flight). A crash between the two republishes the batch: consumers deduplicate by event id.
 */
export class KafkaRelay {
  private readonly producer: Producer;
  private readonly topic: string;
  readonly context: string;
  private connected = false;
  private subscription: CatchUpSubscription | undefined;

  constructor(private readonly options: KafkaRelayOptions) {
    this.context = options.context;
    this.topic = topicOf(options.context);
    this.producer = options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // The Java client's partitioner: a stream id lands on the same partition whoever produces it.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.producer.on(this.producer.events.DISCONNECT, () => {
      this.connected = false;
    });
  }

  get checkpointName(): string {
    return `relay:${this.topic}`;
  }

  /** Last checkpoint stored, i.e. everything up to it is acknowledged by Kafka. */
  get position(): GlobalCheckpoint | undefined {
    return this.subscription?.position;
  }

  start(): this {
    const { store, batchSize, pollIntervalMs, backoff, onError } = this.options;
    this.subscription = CatchUpSubscription.start(store, {
      name: this.checkpointName,
      batchSize,
      pollIntervalMs,
      backoff,
      onError,
      handle: (events) => this.publish(events),
    });
    return this;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.producer.disconnect();
  }

  private async publish(events: RecordedEvent[]): Promise<void> {
    if (!this.connected) {
      await this.producer.connect();
      await ensureTopics(this.options.kafka, [this.options.context], this.options.partitions);
      this.connected = true;
    }
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      messages: events.map((event) => toKafkaMessage(this.options.context, event)),
    });
  }
}
