import { BackoffOptions } from '@hyeopchi/backoff';
import { CatchUpSubscription, EventStore, GlobalCheckpoint, RecordedEvent } from '@hyeopchi/event-store';
import { CompressionTypes, Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { toKafkaMessage } from './cloud-events';
import { topicOf } from './envelope';
import { ensureTopics } from './kafka';
import { relayLag } from './lag-metrics';

export interface KafkaRelayOptions {
  store: EventStore;
  context: string;
  kafka: Kafka;
  partitions: number;
  /** Prefixes the topic; `hyeopchi` by default. */
  namespace?: string;
  batchSize?: number;
  /** Compresses each record batch; none by default. */
  compression?: CompressionTypes;
  pollIntervalMs?: number;
  backoff?: BackoffOptions;
  onError?(error: unknown, attempt: number): void;
  /** Told of each batch once Kafka acknowledged it (for metrics and benches). */
  onPublished?(events: RecordedEvent[]): void;
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
  private untrackLag: (() => void) | undefined;

  constructor(private readonly options: KafkaRelayOptions) {
    this.context = options.context;
    this.topic = topicOf(options.context, options.namespace);
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

  /** Everything up to this checkpoint is acknowledged by Kafka; its durable copy is written right after. */
  get position(): GlobalCheckpoint | undefined {
    return this.subscription?.position;
  }

  /** Events stored and not yet acknowledged by Kafka; undefined while the relay is not running. */
  async lagEvents(): Promise<number | undefined> {
    const position = this.position;
    return position && this.options.store.countAfter(position);
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
    this.untrackLag = relayLag.track(async () => {
      const lag = await this.lagEvents();
      return lag === undefined ? [] : [{ labels: { context: this.context }, value: lag }];
    });
    return this;
  }

  async stop(): Promise<void> {
    this.untrackLag?.();
    await this.subscription?.stop();
    await this.producer.disconnect();
  }

  private async publish(events: RecordedEvent[]): Promise<void> {
    if (!this.connected) {
      await this.producer.connect();
      await ensureTopics(
        this.options.kafka,
        [this.options.context],
        this.options.partitions,
        this.options.namespace,
      );
      this.connected = true;
    }
    for (const messages of bySize(events.map((event) => toKafkaMessage(this.options.context, event)))) {
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        compression: this.options.compression,
        messages,
      });
    }
    this.options.onPublished?.(events);
  }
}

// Below the broker's default request and record-batch limits (about 1 MB), whatever the broker is.
const MAX_SEND_BYTES = 900 * 1024;

/** Splits messages into sends of at most MAX_SEND_BYTES; a larger single message goes alone. */
function bySize(messages: Message[]): Message[][] {
  const sends: Message[][] = [];
  let current: Message[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = messageBytes(message);
    if (current.length > 0 && bytes + size > MAX_SEND_BYTES) {
      sends.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) sends.push(current);
  return sends;
}

function messageBytes({ key, value, headers }: Message): number {
  const length = (part: unknown) =>
    typeof part === 'string' ? Buffer.byteLength(part) : ((part as Buffer)?.length ?? 0);
  const headerBytes = Object.entries(headers ?? {}).reduce(
    (sum, [name, part]) => sum + name.length + length(part),
    0,
  );
  return length(key) + length(value) + headerBytes + 32;
}
