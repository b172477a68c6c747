import { openDatabase } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { EventStore, PostgresEventStore, UpcastingEventStore } from '@hyeopchi/event-store';
import { revisionsOf } from '@hyeopchi/event-revisions';
import { rebuildReadModels } from '@hyeopchi/gateway';
import { Command } from 'commander';
import { progressBar } from './progress-bar';

/** `npx hyeopchi projections rebuild`: the gateway's read models again from every event. */
export function projectionsCommand(): Command {
  const projections = new Command('projections').description("the gateway's read models");
  projections
    .command('rebuild')
    .description(
      'replay every event into a fresh schema, then switch the running gateways to it (they serve the old one meanwhile)',
    )
    .action(async () => {
      const config = loadConfiguration(process.env);
      const database = await openDatabase(config, 'hyeopchi-projections');
      try {
        const stores = new Map<string, EventStore>();
        for (const context of CONTEXTS)
          stores.set(
            context,
            new UpcastingEventStore(
              await PostgresEventStore.open(database.pool, context),
              revisionsOf(context),
            ),
          );
        const bar = progressBar('replaying events');
        const { schema, events } = await rebuildReadModels({
          url: database.url,
          pool: database.pool,
          stores,
          onProgress: (done, total) => bar.update(done, total),
        });
        bar.end();
        console.log(`read models rebuilt from ${events} events into ${schema}, now served`);
      } finally {
        await database.close();
      }
    });
  return projections;
}
