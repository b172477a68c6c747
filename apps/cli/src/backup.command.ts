import { openDatabase } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { BackupManifest, backupEventLogs, restoreEventLogs } from '@hyeopchi/event-store';
import { Command } from 'commander';
import { progressBar } from './progress-bar';

/** `npx hyeopchi backup`: every context's event log, one consistent moment of all, while the platform runs. */
export function backupCommand(): Command {
  return new Command('backup')
    .description(
      "write every event log, with its signed checkpoints, to one gzip file (not the read models, rebuilt after a restore, nor the followers' positions, which start over)",
    )
    .requiredOption('--out <file>', 'the backup file to write (replaced only once the new one is complete)')
    .action(async (options: { out: string }) => {
      const database = await openDatabase(loadConfiguration(process.env), 'hyeopchi-backup');
      try {
        const manifest = await backupEventLogs({
          pool: database.pool,
          contexts: CONTEXTS,
          out: options.out,
          now: new Date(),
          onProgress: (context, events) => {
            if (process.stderr.isTTY) process.stderr.write(`\rbacking up ${context}: ${events} events`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        describe(manifest);
        console.log(`backed up ${total(manifest)} events to ${options.out} (sha256 ${manifest.sha256})`);
      } finally {
        await database.close();
      }
    });
}

/** `npx hyeopchi restore`: a backup into an empty database, all or nothing. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description(
      'check a backup whole, then write it into an empty database in one transaction; afterwards rebuild the read models',
    )
    .requiredOption('--from <file>', 'the backup file')
    .action(async (options: { from: string }) => {
      const database = await openDatabase(loadConfiguration(process.env), 'hyeopchi-restore');
      try {
        const bar = progressBar('restoring');
        const done = new Map<string, number>();
        let expected = 0;
        const manifest = await restoreEventLogs({
          pool: database.pool,
          from: options.from,
          contexts: CONTEXTS,
          onProgress: (context, events) => {
            done.set(context, events);
            bar.update(
              [...done.values()].reduce((sum, count) => sum + count, 0),
              expected,
            );
          },
          onChecked: (checked) => (expected = total(checked)),
        });
        bar.end();
        describe(manifest);
        console.log(
          `restored ${total(manifest)} events from the backup of ${manifest.createdAt} into ${database.description}; ` +
            'next: npx hyeopchi projections rebuild',
        );
      } finally {
        await database.close();
      }
    });
}

function describe(manifest: BackupManifest): void {
  for (const log of manifest.contexts) {
    const signed = log.latestSignedCheckpoint
      ? `latest signed checkpoint at ${log.latestSignedCheckpoint.treeSize} events`
      : 'no signed checkpoint';
    console.log(`${log.name}: ${log.events} events up to position ${log.lastGlobalPosition ?? 0}, ${signed}`);
  }
}

const total = (manifest: BackupManifest) => manifest.contexts.reduce((sum, log) => sum + log.events, 0);
