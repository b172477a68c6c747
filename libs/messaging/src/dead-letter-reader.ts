import { randomUUID } from 'node:crypto';
import { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { DEAD_LETTER_HEADERS, DeadLetterNotice, deadLetterTopicOf, headerText } from './dead-letters';
import { PoisonReason } from './poison';

/** A stored dead letter as operators see it: its offset in the dead-letter topic, when, and what it was. */
export interface StoredDeadLetter extends DeadLetterNotice {
  deadLetterOffset: string;
  time: string;
  message: Pick<KafkaMessage, 'key' | 'value' | 'headers'>;
}

export interface DeadLetterRange {
  /** The first dead-letter offset to read; the oldest kept by default. */
  from?: string;
  /** At most this many letters. */
  limit: number;
  /** How long to wait for the broker to hand them over before giving up. */
  timeoutMs?: number;
}

/**
 * Reads dead letters in the order they arrived, with a throwaway consumer group that commits nothing and is deleted
 * afterwards, so that reading changes nothing for anyone. It reads the topic from its start: dead letters are few.
 */
export async function readDeadLetters(
  kafka: Kafka,
  namespace: string | undefined,
  { from, limit, timeoutMs = 30_000 }: DeadLetterRange,
): Promise<StoredDeadLetter[]> {
  const topic = deadLetterTopicOf(namespace);
  const admin = kafka.admin();
  await admin.connect();
  try {
    // no consumer ever gave up on a message yet
    if (!(await admin.listTopics()).includes(topic)) return [];
    const [partition] = await admin.fetchTopicOffsets(topic);
    const start =
      BigInt(from ?? partition.low) > BigInt(partition.low) ? BigInt(from!) : BigInt(partition.low);
    const end = BigInt(partition.high);
    if (start >= end || limit < 1) return [];
    const wanted = Number(end - start < BigInt(limit) ? end - start : BigInt(limit));
    const groupId = `${namespace ?? 'hyeopchi'}.dead-letters-reader-${randomUUID()}`;
    try {
      return await fetchRange(kafka, topic, groupId, start, wanted, timeoutMs);
    } finally {
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
  } finally {
    await admin.disconnect();
  }
}

async function fetchRange(
  kafka: Kafka,
  topic: string,
  groupId: string,
  start: bigint,
  wanted: number,
  timeoutMs: number,
): Promise<StoredDeadLetter[]> {
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
  const letters: StoredDeadLetter[] = [];
  let timer: NodeJS.Timeout | undefined;
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(new Error(`${topic}: ${letters.length} of ${wanted} dead letters read in ${timeoutMs} ms`)),
        timeoutMs,
      );
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ message }) => {
            if (BigInt(message.offset) < start || letters.length === wanted) return;
            letters.push(storedDeadLetter(message));
            if (letters.length === wanted) resolve();
          },
        })
        .catch(reject);
    });
    return letters;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
}

function storedDeadLetter(message: KafkaMessage): StoredDeadLetter {
  const header = (name: string) => headerText(message.headers, name) ?? '';
  return {
    deadLetterOffset: message.offset,
    time: header(DEAD_LETTER_HEADERS.time),
    consumer: header(DEAD_LETTER_HEADERS.consumer),
    reason: header(DEAD_LETTER_HEADERS.reason) as PoisonReason,
    error: header(DEAD_LETTER_HEADERS.error),
    topic: header(DEAD_LETTER_HEADERS.topic),
    partition: Number(header(DEAD_LETTER_HEADERS.partition)),
    offset: header(DEAD_LETTER_HEADERS.offset),
    eventId: headerText(message.headers, 'ce_id'),
    eventType: headerText(message.headers, 'ce_type'),
    message: { key: message.key, value: message.value, headers: message.headers },
  };
}

/**
 * Publishes a dead letter again to the topic it came from, as it first arrived (key, value, headers without the
 * dead-letter ones), for after the fix that makes it applicable. Consumers that did apply it skip it by its event
 * id (inbox); it arrives after the events published since, so only an event whose order no longer matters should
 * be replayed. Returns where it went.
 */
export async function replayDeadLetter(
  kafka: Kafka,
  namespace: string | undefined,
  offset: string,
): Promise<{ letter: StoredDeadLetter; topic: string; partition: number; offset: string }> {
  const [letter] = await readDeadLetters(kafka, namespace, { from: offset, limit: 1 });
  if (!letter || letter.deadLetterOffset !== offset) {
    throw new Error(`no dead letter at offset ${offset} of ${deadLetterTopicOf(namespace)}`);
  }
  const deadLetterHeaders = new Set<string>(Object.values(DEAD_LETTER_HEADERS));
  const headers: IHeaders = Object.fromEntries(
    Object.entries(letter.message.headers ?? {}).filter(([name]) => !deadLetterHeaders.has(name)),
  );
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const [sent] = await producer.send({
      topic: letter.topic,
      acks: -1,
      messages: [{ key: letter.message.key, value: letter.message.value, headers }],
    });
    return { letter, topic: sent.topicName, partition: sent.partition, offset: sent.baseOffset ?? '?' };
  } finally {
    await producer.disconnect();
  }
}
