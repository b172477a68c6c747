import { HyeopchiConfig } from '@hyeopchi/config';
import { EventStore } from '@hyeopchi/event-store';
import { KafkaRelay, createKafka } from '@hyeopchi/messaging';

type RelayConfig = Pick<
  HyeopchiConfig,
  | 'KAFKA_CLIENT_ID'
  | 'KAFKA_TOPIC_PARTITIONS'
  | 'KAFKA_TOPIC_NAMESPACE'
  | 'RELAY_BATCH_SIZE'
  | 'RELAY_POLL_INTERVAL_MS'
> & { KAFKA_BROKERS: string[] };

/**
 * A relay per context's store, sharing one Kafka client: configured alike whether a service relays its own
 * contexts or `npx hyeopchi relay` runs them as a process of their own.
 */
export function relaysOf(
  config: RelayConfig,
  stores: Iterable<readonly [string, EventStore]>,
  onError: (error: unknown, context: string, attempt: number) => void,
): KafkaRelay[] {
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-relay` });
  return [...stores].map(
    ([context, store]) =>
      new KafkaRelay({
        store,
        context,
        kafka,
        partitions: config.KAFKA_TOPIC_PARTITIONS,
        namespace: config.KAFKA_TOPIC_NAMESPACE,
        batchSize: config.RELAY_BATCH_SIZE,
        pollIntervalMs: config.RELAY_POLL_INTERVAL_MS,
        onError: (error, attempt) => onError(error, context, attempt),
      }),
  );
}
