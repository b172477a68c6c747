import { ensureTopicsNamed, retryingRetriable } from '@hyeopchi/messaging';
import { SpanKind, inCarriedSpan } from '@hyeopchi/observability';
import { Logger } from '@nestjs/common';
import { Admin, Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { CommandReply, refusal } from './command-request';
import { REQUEST_ID_HEADER, commandTopicOf, replyTopicOf } from './kafka-commands';
import { endOffsetsOf } from './end-offsets';
import { KeyedQueue } from './keyed-queue';
import { LingeringProducer } from './lingering-producer';
import { PartitionProgress } from './partition-progress';

/** How long an answered command's offset may wait to be committed: a crash in between answers it again, once. */
const COMMIT_INTERVAL_MS = 50;

export interface CommandConsumerOptions {
  kafka: Kafka;
  context: string;
  namespace: string;
  /** Of the command topic and its reply topic, when they are created. */
  partitions: number;
  /** Instances of one service share it: each partition, and so each stream, is served by one of them at a time. */
  groupId: string;
  dispatch(request: unknown): Promise<CommandReply>;
  /** Commands taken and not yet answered, at most: fetching waits beyond it. */
  maxInFlight?: number;
  /** How long `stop` waits for commands in flight; those it gives up on are redelivered to the next consumer. */
  drainMs?: number;
}

/**
 * Answers one service's command topic. Partitions are served side by side and, within a partition, commands to
 * different streams too (the message key is the stream): only commands to one stream wait for each other, in the
 * order they came. A partition's offset is committed once every command before it has been answered and its reply
 * acknowledged by the broker, so a consumer that dies redelivers what it had not answered; a command redelivered
 * acts once, by its commandId.
 */
export class KafkaCommandConsumer {
  private readonly logger = new Logger('KafkaCommands');
  private readonly streams = new KeyedQueue();
  /** Of the partitions assigned since the group last rebalanced; work of an older assignment commits nothing. */
  private progress = new Map<number, PartitionProgress>();
  private readonly committed = new Map<number, bigint>();
  private commitTimer: NodeJS.Timeout | undefined;
  private lastCommit: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private readonly settled = new Set<() => void>();
  private stopping = false;

  private constructor(
    private readonly options: Required<CommandConsumerOptions>,
    private readonly consumer: Consumer,
    private readonly replies: LingeringProducer,
  ) {}

  static async start(given: CommandConsumerOptions): Promise<KafkaCommandConsumer> {
    const options = { maxInFlight: 500, drainMs: 10_000, ...given };
    const { kafka, context, namespace, partitions, groupId } = options;
    const topic = commandTopicOf(context, namespace);
    await ensureTopicsNamed(kafka, [topic, replyTopicOf(context, namespace)], partitions);
    await anchorNewGroup(kafka.admin(), groupId, topic);
    // not idempotent (that allows one request in flight): a reply sent twice is harmless, the caller keeps the first
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      // the broker answers a fetch as soon as any partition has a command: the wait only paces an idle consumer
      maxWaitTimeInMs: 20,
    });
    const commands = new KafkaCommandConsumer(options, consumer, new LingeringProducer(producer));
    try {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      consumer.on(consumer.events.GROUP_JOIN, () => {
        commands.progress = new Map();
        commands.committed.clear();
      });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: partitions,
        eachBatch: (payload) => commands.take(payload),
      });
    } catch (error) {
      await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
      throw error;
    }
    return commands;
  }

  /** Stops taking commands, answers those in flight (up to `drainMs`), commits, and leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeWaiters();
    await this.drained(this.options.drainMs);
    clearTimeout(this.commitTimer);
    await this.commitNow();
    await this.consumer.disconnect();
    await this.replies.close();
  }

  /** Takes a batch's commands without waiting for their answers, so the next fetch is not held back by them. */
  private async take({ batch, resolveOffset, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const progress = this.progressOf(batch.partition);
    for (const message of batch.messages) {
      while (this.inFlight >= this.options.maxInFlight && !this.stopping) await this.settledOnce();
      // a command not taken is not resolved: it is fetched again, here or by the partition's next owner
      if (this.stopping || !isRunning() || isStale()) return;
      const offset = BigInt(message.offset);
      progress.take(offset);
      resolveOffset(message.offset);
      this.inFlight++;
      void this.streams
        .run(message.key?.toString() ?? `${batch.partition}/${message.offset}`, () => this.answer(message))
        .then(
          () => {
            progress.finish(offset);
            this.commitSoon();
          },
          (error: unknown) =>
            // its offset stays unfinished: the partition's commits wait, and its next owner answers it
            this.logger.error(`no reply sent to a command on partition ${batch.partition}: ${String(error)}`),
        )
        .finally(() => {
          this.inFlight--;
          this.wakeWaiters();
        });
    }
  }

  private async answer(message: KafkaMessage): Promise<void> {
    const requestId = message.headers?.[REQUEST_ID_HEADER]?.toString();
    // nobody waits for a reply without a request id: such a message is not a command
    if (!requestId) return;
    const topic = commandTopicOf(this.options.context, this.options.namespace);
    const attributes = { 'messaging.system': 'kafka', 'messaging.destination.name': topic };
    await inCarriedSpan(
      `receive ${topic}`,
      message.headers,
      { kind: SpanKind.CONSUMER, attributes },
      async () => {
        const reply = await this.replyTo(message.value);
        await this.replies.send(replyTopicOf(this.options.context, this.options.namespace), {
          key: message.key,
          value: JSON.stringify(reply),
          headers: { [REQUEST_ID_HEADER]: requestId },
        });
      },
    );
  }

  private async replyTo(value: Buffer | null): Promise<CommandReply> {
    let request: unknown;
    try {
      request = JSON.parse(value?.toString() ?? '');
    } catch {
      return refusal(null, 'INVALID_COMMAND', 'a command is a JSON object');
    }
    return this.options.dispatch(request);
  }

  private progressOf(partition: number): PartitionProgress {
    let progress = this.progress.get(partition);
    if (!progress) this.progress.set(partition, (progress = new PartitionProgress()));
    return progress;
  }

  /** Commits a moment later: answers finishing close together share one commit, and the broker one request. */
  private commitSoon(): void {
    this.commitTimer ??= setTimeout(() => {
      this.commitTimer = undefined;
      void this.commitNow();
    }, COMMIT_INTERVAL_MS);
  }

  /** Commits after the commit before it, so an older offset never lands after a newer one. */
  private commitNow(): Promise<void> {
    this.lastCommit = this.lastCommit.then(() => this.commitProgress());
    return this.lastCommit;
  }

  private async commitProgress(): Promise<void> {
    const topic = commandTopicOf(this.options.context, this.options.namespace);
    const offsets = [...this.progress]
      .map(([partition, progress]) => ({ partition, offset: progress.committable }))
      .filter(
        (entry): entry is { partition: number; offset: bigint } =>
          entry.offset !== undefined && entry.offset !== this.committed.get(entry.partition),
      );
    if (offsets.length === 0) return;
    try {
      await this.consumer.commitOffsets(
        offsets.map(({ partition, offset }) => ({ topic, partition, offset: offset.toString() })),
      );
      for (const { partition, offset } of offsets) this.committed.set(partition, offset);
    } catch (error) {
      // a rebalance took the partitions: their next owner starts from the last commit and answers the rest again
      this.logger.warn(`command offsets not committed: ${String(error)}`);
    }
  }

  private settledOnce(): Promise<void> {
    return new Promise((resolve) => this.settled.add(resolve));
  }

  private wakeWaiters(): void {
    for (const wake of this.settled) wake();
    this.settled.clear();
  }

  private async drained(withinMs: number): Promise<void> {
    const deadline = Date.now() + withinMs;
    while (this.inFlight > 0 && Date.now() < deadline) {
      await Promise.race([this.settledOnce(), new Promise((resolve) => setTimeout(resolve, 50))]);
    }
  }
}

/**
 * A group that has never committed would start a partition at its end when it first fetches, losing commands sent
 * before that moment: its partitions start at their current end now, before the service says it is ready.
 */
async function anchorNewGroup(admin: Admin, groupId: string, topic: string): Promise<void> {
  await admin.connect();
  try {
    const [committed] = await retryingRetriable(() => admin.fetchOffsets({ groupId, topics: [topic] }));
    const uncommitted = new Set(
      committed.partitions.filter(({ offset }) => offset === '-1').map(({ partition }) => partition),
    );
    if (uncommitted.size === 0) return;
    const ends = await endOffsetsOf(admin, topic);
    const partitions = ends.filter(({ partition }) => uncommitted.has(partition));
    await retryingRetriable(() => admin.setOffsets({ groupId, topic, partitions }))
      // another instance of the service is in the group already: it anchored the partitions when it started
      .catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
