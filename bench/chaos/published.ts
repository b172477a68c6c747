import { CONTEXTS } from '@hyeopchi/context-names';
import { topicOf } from '@hyeopchi/messaging';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

const SCAN_TIMEOUT_MS = 120_000;

/**
 * The ids (`ce_id`) of every message on the contexts' event topics, read from the beginning up to the end each
 * partition had when the scan began, by a consumer group of its own that commits nothing.
 */
export async function publishedEventIds(brokers: string[], namespace: string): Promise<Set<string>> {
  const kafka = new Kafka({ clientId: 'hyeopchi-chaos-scan', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topics = CONTEXTS.map((context) => topicOf(context, namespace));
  const remaining = new Map<string, bigint>();
  try {
    for (const topic of topics) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(high) > BigInt(low)) remaining.set(`${topic}/${partition}`, BigInt(high) - 1n);
      }
    }
  } finally {
    await admin.disconnect();
  }
  const ids = new Set<string>();
  if (remaining.size === 0) return ids;
  const consumer = kafka.consumer({ groupId: `chaos-scan-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`the topics' scan did not reach their end in ${SCAN_TIMEOUT_MS / 1000} s`)),
        SCAN_TIMEOUT_MS,
      );
      void consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const id = message.headers?.ce_id;
            if (id) ids.add(id.toString());
            const key = `${topic}/${partition}`;
            const last = remaining.get(key);
            if (last !== undefined && BigInt(message.offset) >= last) remaining.delete(key);
            if (remaining.size === 0) {
              clearTimeout(timer);
              done();
            }
          },
        })
        .catch(fail);
    });
  } finally {
    await consumer.disconnect();
  }
  return ids;
}
