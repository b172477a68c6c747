import { openDatabase } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { EventStore, PostgresEventStore, UpcastingEventStore } from '@hyeopchi/event-store';
import { revisionsOf } from '@hyeopchi/event-revisions';
import {
  EXPORTABLE_READ_MODELS,
  ExportFormat,
  ExportableReadModel,
  exportReadModel,
} from '@hyeopchi/gateway';
import { Command, Option } from 'commander';
import { globalPosition } from './options';
import { writeFile } from 'node:fs/promises';

/** `npx hyeopchi export`: a read model as of a position, the same bytes on every run and after any rebuild. */
export function exportCommand(): Command {
  return new Command('export')
    .description('write a read model as the event logs up to a global position make it, reproducibly')
    .addOption(
      new Option('--read-model <name>', 'which read model')
        .choices(EXPORTABLE_READ_MODELS)
        .makeOptionMandatory(),
    )
    .requiredOption('--at-position <position>', 'read each log up to this global position', globalPosition)
    .addOption(new Option('--format <format>', 'output format').choices(['ndjson', 'csv']).default('ndjson'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(
      async (options: {
        readModel: ExportableReadModel;
        atPosition: number;
        format: ExportFormat;
        out?: string;
      }) => {
        const config = loadConfiguration(process.env);
        const database = await openDatabase(config, 'hyeopchi-export');
        try {
          const stores = new Map<string, EventStore>();
          for (const context of CONTEXTS) {
            stores.set(
              context,
              new UpcastingEventStore(
                await PostgresEventStore.open(database.pool, context),
                revisionsOf(context),
              ),
            );
          }
          let output = '';
          const { rows } = await exportReadModel({
            url: database.url,
            pool: database.pool,
            stores,
            readModel: options.readModel,
            atPosition: options.atPosition,
            format: options.format,
            write: (text) => (output += text),
          });
          if (options.out) {
            await writeFile(options.out, output);
            console.error(`wrote ${rows} ${options.readModel} to ${options.out}`);
          } else {
            process.stdout.write(output);
          }
        } finally {
          await database.close();
        }
      },
    );
}
