import { Admin, Kafka, logLevel } from 'kafkajs';
import { topicOf } from './envelope';

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

/** Creates the contexts' topics if they are missing; idempotent. */
export async function ensureTopics(kafka: Kafka, contexts: string[], partitions: number): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = contexts.map(topicOf).filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}
