import { openDatabase } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { Command } from 'commander';
import { contextList } from './options';

/** Applies the event store migrations ahead of a deployment (services also apply them when they start). */
export function migrateCommand(): Command {
  return new Command('migrate')
    .description('create or upgrade the event store schemas on DATABASE_URL (or the embedded database)')
    .option('--contexts <names>', 'contexts to migrate, comma-separated', contextList, [...CONTEXTS])
    .action(async ({ contexts }: { contexts: string[] }) => {
      const database = await openDatabase(loadConfiguration(process.env), 'hyeopchi-migrate');
      try {
        for (const context of contexts) {
          await PostgresEventStore.open(database.pool, context);
          console.log(`migrated ${context} (${database.description})`);
        }
      } finally {
        await database.close();
      }
    });
}
