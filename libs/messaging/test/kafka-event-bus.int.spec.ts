import { BEGINNING_OF_LOG, EventStore } from '@hyeopchi/event-store';
import { KafkaEventBus, KafkaRelay, createKafka } from '@hyeopchi/messaging';
import { FAST_RETRY, describeEventBusConformance } from '@hyeopchi/messaging/testing';
import { testDatabaseUrl, testKafkaBrokers, testPool } from '@hyeopchi/testing';

describeEventBusConformance('Kafka (distributed mode)', async () => {
  const pool = testPool(testDatabaseUrl());
  const kafka = createKafka({ brokers: testKafkaBrokers(), clientId: 'bus-conformance' });
  return {
    pool,
    busOver: async (stores) => {
      const startRelays = () =>
        [...stores].map(([context, store]): [EventStore, KafkaRelay] => [
          store,
          new KafkaRelay({
            store,
            context,
            kafka,
            partitions: 3,
            pollIntervalMs: 10,
            backoff: FAST_RETRY,
          }).start(),
        ]);
      let relays = startRelays();
      const stopRelays = async () => void (await Promise.all(relays.map(([, relay]) => relay.stop())));
      return {
        bus: new KafkaEventBus({ kafka, pool, partitions: 3, backoff: FAST_RETRY }),
        // As after a relay that lost its checkpoint: every event is published to Kafka a second time.
        redeliverFromStart: async () => {
          await stopRelays();
          for (const [store, relay] of relays)
            await store.storeCheckpoint(relay.checkpointName, BEGINNING_OF_LOG);
          relays = startRelays();
        },
        stop: stopRelays,
      };
    },
    teardown: () => pool.end(),
  };
});
