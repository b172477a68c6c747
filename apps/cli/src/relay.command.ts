import { leadRelay, openDatabase } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { KafkaRelay, createKafka, topicOf } from '@hyeopchi/messaging';
import { Command } from 'commander';
import { contextList } from './options';

/**
 * A relay as its own process: for a service whose relay should not share its process. It takes turns with the
 * service's own relays (one lock per relay), so one of them publishes at a time.
 */
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
      const leaderships = await Promise.all(
        contexts.map(async (context) => {
          const relay = new KafkaRelay({
            store: await PostgresEventStore.open(database.pool, context),
            context,
            kafka,
            partitions: config.KAFKA_TOPIC_PARTITIONS,
            namespace: config.KAFKA_TOPIC_NAMESPACE,
            batchSize: config.RELAY_BATCH_SIZE,
            pollIntervalMs: config.RELAY_POLL_INTERVAL_MS,
            onError: (error, attempt) =>
              console.warn(`relay ${context}, attempt ${attempt}: ${String(error)}`),
          });
          return leadRelay(relay, database.url, 'hyeopchi-relay');
        }),
      );
      console.log(
        `relaying ${contexts.map((context) => topicOf(context, config.KAFKA_TOPIC_NAMESPACE)).join(', ')} from ${database.description}`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await Promise.all(leaderships.map((leadership) => leadership.stop()));
      await database.close();
    });
}
