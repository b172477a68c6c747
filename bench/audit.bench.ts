import { generateSigningKeys, signingKeyFrom } from '@hyeopchi/audit';
import { AuditLog, EventToAppend, PostgresEventStore } from '@hyeopchi/event-store';
import { createPool } from '@hyeopchi/postgres';
import { LOCAL_POSTGRES_ADMIN_URL, freshDatabase } from '@hyeopchi/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportAudit, domainChecks, verifyExport } from '@hyeopchi/audit-verifier';
import { Append, measureAppends } from './support/appends';
import { describeMachine } from './support/machine';
import { proposalEvents } from './support/proposal-events';
import { writeResults } from './support/results';
import { nowMs, round } from './support/stats';
import { unhashedAppender } from './support/unhashed-append';

/**
 * `npm run bench -- audit`: what tamper evidence costs and how fast auditors check it. Appends with and without
 * the hash chain (interleaved rounds, same server), then an export of at least a million events, signed every
 * 100,000, and its offline verification.
 */
const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const CHECKPOINT_EVERY = 100_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const ROUND_SECONDS = 1;

async function main(): Promise<void> {
  const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, 'hyeopchi_bench_audit');
  const pool = createPool({ url: database.value, size: 40, applicationName: 'hyeopchi-bench-audit' });
  const work = await mkdtemp(join(tmpdir(), 'hyeopchi-bench-audit-'));
  try {
    const hashed = await PostgresEventStore.open(pool, 'bench_hashed');
    const unhashed = await unhashedAppender(pool, 'bench_unhashed');
    const appendCases = [];
    for (const [writers, batch] of [
      [32, 10],
      [8, 1],
      [1, 1],
    ]) {
      const withHashing: Append = (streamId, batch, version) =>
        hashed.appendToStream(streamId, proposalEvents(batch), version);
      const rates = await interleaved(withHashing, unhashed, writers, batch);
      appendCases.push({
        writers,
        batch,
        ...rates,
        change: round(rates.withHashing / rates.withoutHashing - 1, 3),
      });
      console.log(
        `append ${writers} × ${batch}: ${rates.withHashing}/s hashed, ${rates.withoutHashing}/s not`,
      );
    }

    const store = await PostgresEventStore.open(pool, 'civic');
    const log = await AuditLog.open(pool, 'civic');
    const { privateKeyPem, publicKeyPem } = generateSigningKeys();
    const key = signingKeyFrom('bench', privateKeyPem);
    await fill(store, log, key);

    const keyFile = join(work, 'checkpoint-signing.pub');
    await writeFile(keyFile, publicKeyPem);
    const dir = join(work, 'export');
    let started = nowMs();
    const manifest = await exportAudit({
      pool,
      out: dir,
      services: ['civic'],
      origin: () => 'bench.example/civic',
      keyName: 'bench',
      publicKeyFile: keyFile,
    });
    const exportSeconds = (nowMs() - started) / 1000;
    const exported = manifest.services[0].events;
    console.log(`export: ${exported} events in ${round(exportSeconds)} s`);

    started = nowMs();
    const verified = await verifyExport({
      dir,
      checks: [domainChecks()],
      workers: Math.max(1, availableParallelism() - 1),
    });
    const verifySeconds = (nowMs() - started) / 1000;
    if (!verified.ok) throw new Error(`the bench's own export did not verify: ${verified.failure.reason}`);
    console.log(
      `verify: ${verified.events} events, ${verified.checkpoints} checkpoints in ${round(verifySeconds)} s`,
    );

    const results = {
      suite: 'audit',
      measuredAt: new Date().toISOString(),
      machine: await describeMachine(pool),
      events: exported,
      checkpoints: verified.checkpoints,
      verifyEventsPerSec: Math.round(verified.events / verifySeconds),
      exportEventsPerSec: Math.round(exported / exportSeconds),
      appendCases,
    };
    console.table({
      'verify (events/s)': results.verifyEventsPerSec,
      'export (events/s)': results.exportEventsPerSec,
    });
    console.table(appendCases);
    console.log(`written to ${writeResults('audit', results)}`);
  } finally {
    await pool.end();
    await database.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** Rounds of one second each, alternating, so that the server's drift over time affects both alike. */
async function interleaved(withHashing: Append, withoutHashing: Append, writers: number, batch: number) {
  const totals = { withHashing: 0, withoutHashing: 0 };
  await measureAppends(withHashing, 8, 10, 1);
  await measureAppends(withoutHashing, 8, 10, 1);
  for (let round = 0; round < ROUNDS; round++) {
    totals.withHashing += (await measureAppends(withHashing, writers, batch, ROUND_SECONDS)).eventsPerSec;
    totals.withoutHashing += (
      await measureAppends(withoutHashing, writers, batch, ROUND_SECONDS)
    ).eventsPerSec;
  }
  return {
    withHashing: Math.round(totals.withHashing / ROUNDS),
    withoutHashing: Math.round(totals.withoutHashing / ROUNDS),
  };
}

/**
 * A million events over 10,000 streams, signed every 100,000 as the checkpointer would. They are of a type no
 * domain check replays: the figure is the verifier's own (chain, tree, signatures, proofs), with the domain
 * checks looking at each event and passing it by.
 */
async function fill(store: PostgresEventStore, log: AuditLog, key: ReturnType<typeof signingKeyFrom>) {
  const started = nowMs();
  for (let written = 0; written < EVENTS;) {
    const chunk = Math.min(CHECKPOINT_EVERY, EVENTS - written);
    await Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let done = writer * 100; done < chunk; done += 800) {
          await store.appendToStream(
            `ledger-${(written + done) % 10_000}`,
            ledgerEntries(Math.min(100, chunk - done)),
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

function ledgerEntries(count: number): EventToAppend[] {
  return proposalEvents(count).map((event) => ({ ...event, type: 'ledger.entry_recorded.v1' }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
