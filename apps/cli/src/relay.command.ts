import { leadRelay, openDatabase, relaysOf } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { PostgresEventStore, UpcastingEventStore } from '@hyeopchi/event-store';
import { revisionsOf } from '@hyeopchi/event-revisions';
import { topicOf } from '@hyeopchi/messaging';
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
      const stores = await Promise.all(
        contexts.map(
          async (context) =>
            [
              context,
              new UpcastingEventStore(
                await PostgresEventStore.open(database.pool, context),
                revisionsOf(context),
              ),
            ] as const,
        ),
      );
      const relays = relaysOf(
        { ...config, KAFKA_BROKERS: config.KAFKA_BROKERS },
        stores,
        (error, context, attempt) => console.warn(`relay ${context}, attempt ${attempt}: ${String(error)}`),
      );
      const leaderships = relays.map((relay) => leadRelay(relay, database.url, 'hyeopchi-relay'));
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
