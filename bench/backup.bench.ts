import { generateSigningKeys, signingKeyFrom } from '@hyeopchi/audit';
import {
  AuditLog,
  EventToAppend,
  PostgresEventStore,
  backupEventLogs,
  inspectBackup,
  restoreEventLogs,
} from '@hyeopchi/event-store';
import { createPool } from '@hyeopchi/postgres';
import { LOCAL_POSTGRES_ADMIN_URL, freshDatabase } from '@hyeopchi/testing';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeMachine } from './support/machine';
import { proposalEvents } from './support/proposal-events';
import { writeResults } from './support/results';
import { nowMs, round } from './support/stats';

/**
 * `npm run bench -- backup`: how long a backup of the event logs and a restore of it take, for the recovery point
 * and time an operator can promise. One log of BENCH_BACKUP_EVENTS events (100,000 by default) written by 8
 * concurrent writers over 1,000 streams, signed every 10,000; backed up, then restored into a fresh database.
 */
const EVENTS = Number(process.env.BENCH_BACKUP_EVENTS ?? 100_000);
const CHECKPOINT_EVERY = 10_000;
const CONTEXTS = ['civic'];

async function main(): Promise<void> {
  const source = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, 'hyeopchi_bench_backup_source');
  const target = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, 'hyeopchi_bench_backup_target');
  const sourcePool = createPool({ url: source.value, size: 10, applicationName: 'hyeopchi-bench-backup' });
  const targetPool = createPool({ url: target.value, size: 4, applicationName: 'hyeopchi-bench-restore' });
  const work = await mkdtemp(join(tmpdir(), 'hyeopchi-bench-backup-'));
  try {
    await fill(sourcePool);
    const file = join(work, 'events.backup.gz');
    let started = nowMs();
    const manifest = await backupEventLogs({
      pool: sourcePool,
      contexts: CONTEXTS,
      out: file,
      now: new Date(),
    });
    const backupSeconds = (nowMs() - started) / 1000;
    const bytes = (await stat(file)).size;
    console.log(`backup: ${manifest.contexts[0].events} events, ${bytes} bytes in ${round(backupSeconds)} s`);

    // what a restore does first, on its own: the checks of the whole file before anything is written
    started = nowMs();
    await inspectBackup(file, CONTEXTS);
    const checkSeconds = (nowMs() - started) / 1000;
    console.log(`check: ${round(checkSeconds)} s`);

    started = nowMs();
    await restoreEventLogs({ pool: targetPool, from: file, contexts: CONTEXTS });
    const restoreSeconds = (nowMs() - started) / 1000;
    console.log(`restore: ${round(restoreSeconds)} s`);

    const results = {
      suite: 'backup',
      measuredAt: new Date().toISOString(),
      machine: await describeMachine(sourcePool),
      events: manifest.contexts[0].events,
      signedCheckpoints: manifest.contexts[0].signedCheckpoints,
      fileBytes: bytes,
      bytesPerEvent: round(bytes / EVENTS, 1),
      backupSeconds: round(backupSeconds),
      backupEventsPerSec: Math.round(EVENTS / backupSeconds),
      checkSeconds: round(checkSeconds),
      restoreSeconds: round(restoreSeconds),
      restoreEventsPerSec: Math.round(EVENTS / restoreSeconds),
    };
    console.table({
      'backup (events/s)': results.backupEventsPerSec,
      'restore, checks included (events/s)': results.restoreEventsPerSec,
      'file (bytes/event)': results.bytesPerEvent,
    });
    console.log(`written to ${writeResults('backup', results)}`);
  } finally {
    await sourcePool.end();
    await targetPool.end();
    await source.stop();
    await target.stop();
    await rm(work, { recursive: true, force: true });
  }
}

async function fill(pool: ReturnType<typeof createPool>) {
  const store = await PostgresEventStore.open(pool, 'civic');
  const log = await AuditLog.open(pool, 'civic');
  const key = signingKeyFrom('bench', generateSigningKeys().privateKeyPem);
  const started = nowMs();
  for (let written = 0; written < EVENTS;) {
    const chunk = Math.min(CHECKPOINT_EVERY, EVENTS - written);
    await Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let done = writer * 10; done < chunk; done += 80) {
          await store.appendToStream(
            `ledger-${(written + done) % 1_000}`,
            entries(Math.min(10, chunk - done)),
          );
        }
      }),
    );
    written += chunk;
    await log.checkpoint('bench.example/civic', key, new Date());
    process.stderr.write(`\rwriting the log: ${written.toLocaleString('en')} events`);
  }
  process.stderr.write(` in ${round((nowMs() - started) / 1000)} s\n`);
}

function entries(count: number): EventToAppend[] {
  return proposalEvents(count).map((event) => ({ ...event, type: 'ledger.entry_recorded.v1' }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
