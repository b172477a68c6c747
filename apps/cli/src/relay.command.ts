import { openDatabase } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { KafkaRelay, createKafka, topicOf } from '@hyeopchi/messaging';
import { Command } from 'commander';
import { contextList } from './options';

/** A relay as its own process: for a service whose relay should not share its process. */
export function relayCommand(): Command {
  return new Command('relay')
    .description("publish contexts' events from DATABASE_URL to Kafka (KAFKA_BROKERS) until stopped")
    .requiredOption('--contexts <names>', 'contexts to relay, comma-separated', contextList)
    .action(async ({ contexts }: { contexts: string[] }) => {
      const config = loadConfiguration(process.env);
      if (!config.KAFKA_BROKERS) throw new Error('the relay needs KAFKA_BROKERS (host:port[,host:port...])');
      const database = await openDatabase(config, 'hyeopchi-relay');
      const kafka = createKafka({
        brokers: config.KAFKA_BROKERS,
        clientId: `${config.KAFKA_CLIENT_ID}-relay`,
      });
      const relays = await Promise.all(
        contexts.map(async (context) =>
          new KafkaRelay({
            store: await PostgresEventStore.open(database.pool, context),
            context,
            kafka,
            partitions: config.KAFKA_TOPIC_PARTITIONS,
            namespace: config.KAFKA_TOPIC_NAMESPACE,
            batchSize: config.RELAY_BATCH_SIZE,
            pollIntervalMs: config.RELAY_POLL_INTERVAL_MS,
            onError: (error, attempt) =>
              console.warn(`relay ${context}, attempt ${attempt}: ${String(error)}`),
          }).start(),
        ),
      );
      console.log(
        `relaying ${contexts.map((context) => topicOf(context, config.KAFKA_TOPIC_NAMESPACE)).join(', ')} from ${database.description}`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await Promise.all(relays.map((relay) => relay.stop()));
      await database.close();
    });
}
