import { HyeopchiConfig } from '@hyeopchi/config';
import { AggregateContract } from '@hyeopchi/contract-kit';
import { createKafka, ensureTopicsNamed } from '@hyeopchi/messaging';
import { SpanKind, activeTraceContext, inSpan } from '@hyeopchi/observability';
import { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { CommandReply, CommandRequest, refusal } from './command-request';
import {
  CommandSender,
  REQUEST_ID_HEADER,
  commandTopicOf,
  newRequestId,
  replyTopicOf,
} from './kafka-commands';
import { endOffsetsOf } from './end-offsets';
import { LingeringProducer } from './lingering-producer';

type IdentifiedRequest = CommandRequest & { commandId: string };

/**
 * Commands to services in other processes, over Kafka request-reply. A command that gets no reply in time may
 * still have been handled: send it again with the same commandId, which acts once.
 */
export class KafkaCommandSender implements CommandSender {
  private readonly awaited = new Map<string, (reply: CommandReply) => void>();
  private closed = false;

  private constructor(
    private readonly requests: LingeringProducer,
    private readonly replies: Consumer,
    private readonly streams: StreamKeys,
    private readonly namespace: string,
    private readonly timeoutMs: number,
  ) {}

  /** A sender for the commands of these aggregates, whose services create the topics if they are not there yet. */
  static async connect(
    config: HyeopchiConfig,
    aggregates: readonly AggregateContract[],
    { name, timeoutMs = 10_000 }: { name: string; timeoutMs?: number },
  ): Promise<KafkaCommandSender> {
    const namespace = config.KAFKA_TOPIC_NAMESPACE;
    const kafka = createKafka({
      brokers: config.KAFKA_BROKERS ?? [],
      clientId: `${config.KAFKA_CLIENT_ID}-${name}`,
    });
    const contexts = [...new Set(aggregates.map((aggregate) => aggregate.context))];
    const replyTopics = contexts.map((context) => replyTopicOf(context, namespace));
    await ensureTopicsNamed(
      kafka,
      [...contexts.map((context) => commandTopicOf(context, namespace)), ...replyTopics],
      config.KAFKA_TOPIC_PARTITIONS,
    );
    // not idempotent (that allows one request in flight): a request sent twice is the same command, acting once
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    // a group of its own: this sender reads every reply, wherever it lands, and keeps those it waits for
    const consumer = kafka.consumer({
      groupId: `${namespace}.${name}-replies-${randomUUID()}`,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 20,
    });
    const sender = new KafkaCommandSender(
      new LingeringProducer(producer),
      consumer,
      new StreamKeys(aggregates),
      namespace,
      timeoutMs,
    );
    try {
      await producer.connect();
      await consumer.connect();
      await consumer.subscribe({ topics: replyTopics, fromBeginning: false });
      await consumer.run({
        autoCommit: false,
        partitionsConsumedConcurrently: config.KAFKA_TOPIC_PARTITIONS,
        eachBatch: async ({ batch }) => batch.messages.forEach((message) => sender.receive(message)),
      });
      await startAtTheEnd(kafka, consumer, replyTopics);
    } catch (error) {
      await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
      throw error;
    }
    return sender;
  }

  send(context: string, given: CommandRequest): Promise<CommandReply> {
    const topic = commandTopicOf(context, this.namespace);
    const attributes = { 'messaging.system': 'kafka', 'messaging.destination.name': topic };
    return inSpan(`send ${given.type}`, { kind: SpanKind.PRODUCER, attributes }, () =>
      this.sendAndAwait(context, given),
    );
  }

  private async sendAndAwait(context: string, given: CommandRequest): Promise<CommandReply> {
    // a redelivered request must be recognised as the same command: it never travels without an id
    const request: IdentifiedRequest = { ...given, commandId: given.commandId ?? randomUUID() };
    if (this.closed) {
      return refusal(
        request.commandId,
        'COMMAND_NOT_DELIVERED',
        'the sender is shutting down: send it again',
      );
    }
    const requestId = newRequestId();
    const replied = new Promise<CommandReply>((resolve) => this.awaited.set(requestId, resolve));
    const timer = setTimeout(
      () =>
        this.settle(
          requestId,
          refusal(
            request.commandId,
            'COMMAND_TIMEOUT',
            `no reply from the ${context} service within ${this.timeoutMs} ms; send it again with the same commandId`,
          ),
        ),
      this.timeoutMs,
    );
    this.requests
      .send(commandTopicOf(context, this.namespace), {
        key: this.streams.keyOf(request),
        value: JSON.stringify(request),
        // the service's handling continues this trace (W3C trace context, as HTTP would carry it)
        headers: { [REQUEST_ID_HEADER]: requestId, ...activeTraceContext() },
      })
      .catch((error: unknown) =>
        this.settle(
          requestId,
          refusal(
            request.commandId,
            'COMMAND_NOT_DELIVERED',
            `the ${context} service could not be reached: ${String(error)}`,
          ),
        ),
      );
    try {
      return await replied;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Refuses the commands still waiting (they may yet act: send them again with their commandId), then closes. */
  async close(): Promise<void> {
    this.closed = true;
    for (const requestId of [...this.awaited.keys()]) {
      this.settle(
        requestId,
        refusal(null, 'COMMAND_NOT_DELIVERED', 'the sender closed before the reply came: send it again'),
      );
    }
    await this.requests.close();
    await this.replies.disconnect();
  }

  private receive(message: KafkaMessage): void {
    const requestId = message.headers?.[REQUEST_ID_HEADER]?.toString();
    if (requestId && this.awaited.has(requestId)) {
      this.settle(requestId, JSON.parse(message.value?.toString() ?? 'null') as CommandReply);
    }
  }

  private settle(requestId: string, reply: CommandReply): void {
    const resolve = this.awaited.get(requestId);
    this.awaited.delete(requestId);
    resolve?.(reply);
  }
}

/**
 * The partition key of a command: the stream it acts on, so one stream's commands reach one partition, and so one
 * instance of the service, in the order they were sent. A key is only a route: the service still checks the
 * command, and a command the sender cannot place goes by its id, to be refused wherever it lands.
 */
class StreamKeys {
  private readonly aggregates = new Map<string, AggregateContract>();

  constructor(aggregates: readonly AggregateContract[]) {
    for (const aggregate of aggregates) {
      for (const { type } of aggregate.commands) this.aggregates.set(type, aggregate);
    }
  }

  keyOf(request: IdentifiedRequest): string {
    try {
      return this.aggregates.get(request.type)?.streamId(request.data as never) ?? request.commandId;
    } catch {
      return request.commandId;
    }
  }
}

/**
 * Moves the reply consumer to the current end of its topics before the first request: a group reading from the
 * end resolves that end only at its first fetch, and a reply written before then would be missed.
 */
async function startAtTheEnd(kafka: Kafka, consumer: Consumer, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const topic of topics) {
      for (const { partition, offset } of await endOffsetsOf(admin, topic)) {
        consumer.seek({ topic, partition, offset });
      }
    }
  } finally {
    await admin.disconnect();
  }
}
