import { backoffDelay, sleep } from '@hyeopchi/backoff';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { DEFAULT_TOPIC_NAMESPACE, topicOf } from './envelope';

export interface KafkaOptions {
  brokers: string[];
  clientId: string;
}

export function createKafka({ brokers, clientId }: KafkaOptions): Kafka {
  return new Kafka({
    brokers,
    clientId,
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 100, maxRetryTime: 2_000, retries: 3 },
  });
}

/**
 * Runs `work` again while the broker answers with an error Kafka marks retriable, for up to `withinMs`: a fresh
 * broker's group coordinator answers NOT_COORDINATOR while it loads, and kafkajs's admin does not retry that itself.
 */
export async function retryingRetriable<T>(work: () => Promise<T>, withinMs = 30_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const delay = backoffDelay(attempt, { initialMs: 100, maxMs: 2_000 });
      if (!isRetriable(error) || Date.now() + delay > deadline) throw error;
      await sleep(delay);
    }
  }
}

function isRetriable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;
}

/**
 * The largest event the store accepts (1 MiB of data and metadata) also carries its metadata as a header: our
 * topics accept messages up to 4 MiB, whatever the broker's default.
 */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

/**
 * Creates the contexts' topics if they are missing, and returns once every partition has a leader in the
 * metadata the broker serves (a freshly created topic can be missing from it for a moment); idempotent.
 */
export async function ensureTopics(
  kafka: Kafka,
  contexts: string[],
  partitions: number,
  namespace = DEFAULT_TOPIC_NAMESPACE,
): Promise<void> {
  // a consumer group created later (a new process manager, a projection) reads an event topic from its start
  await ensureTopicsNamed(
    kafka,
    contexts.map((context) => topicOf(context, namespace)),
    partitions,
    [{ name: 'retention.ms', value: '-1' }],
  );
}

/** ensureTopics for topics named directly, such as a service's command and reply topics. */
export async function ensureTopicsNamed(
  kafka: Kafka,
  topics: string[],
  partitions: number,
  configEntries: { name: string; value: string }[] = [],
): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    // another process creating the same topics at the same moment can make this creation fail: what counts is
    // that the topics exist with leaders, which the loop below waits for
    let creationError: unknown;
    if (missing.length > 0) {
      await admin
        .createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: partitions,
            replicationFactor: 1,
            configEntries: [
              { name: 'max.message.bytes', value: String(MAX_MESSAGE_BYTES) },
              ...configEntries,
            ],
          })),
        })
        .catch((error: unknown) => (creationError = error));
    }
    for (let attempt = 1; !(await haveLeaders(admin, topics)); attempt++) {
      if (attempt === 50)
        throw creationError ?? new Error(`topics ${topics.join(', ')} have no leader after 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await admin.disconnect();
  }
}

async function haveLeaders(admin: Admin, topics: string[]): Promise<boolean> {
  try {
    const metadata = await admin.fetchTopicMetadata({ topics });
    return metadata.topics.every(
      (topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0),
    );
  } catch {
    return false;
  }
}

/**
 * Whether the cluster answers, for health checks: one admin client for the process, and one probe at a time whose
 * answer serves every check for `cacheMs`, so frequent probes of a broker that is down do not pile up clients.
 */
export class BrokerProbe {
  private admin: Admin | undefined;
  /** The admin's connection, once asked for: one at a time, however often the health is checked. */
  private connection: Promise<void> | undefined;
  private last: { at: number; up: Promise<boolean> } | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly timeoutMs = 2_000,
    private readonly cacheMs = 2_000,
  ) {}

  check(): Promise<boolean> {
    if (this.last && Date.now() - this.last.at < this.cacheMs) return this.last.up;
    const up = this.probe();
    this.last = { at: Date.now(), up };
    return up;
  }

  async close(): Promise<void> {
    if (!this.admin) return;
    await this.within(this.connection?.catch(() => undefined) ?? Promise.resolve(), undefined);
    await this.admin.disconnect().catch(() => undefined);
  }

  private probe(): Promise<boolean> {
    const admin = (this.admin ??= this.kafka.admin());
    this.connection ??= admin.connect().catch((error: unknown) => {
      this.connection = undefined;
      throw error;
    });
    const answered = this.connection
      .then(() => admin.describeCluster())
      .then(
        ({ brokers }) => brokers.length > 0,
        () => false,
      );
    return this.within(answered, false);
  }

  /** `work`'s result, or `otherwise` once the probe's time is up. */
  private async within<T>(work: Promise<T>, otherwise: T): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<T>(
      (resolve) => (timer = setTimeout(() => resolve(otherwise), this.timeoutMs)),
    );
    try {
      return await Promise.race([work, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
