import { CONTEXTS } from '@hyeopchi/context-names';
import { BEGINNING_OF_LOG, EventStore, PostgresEventStore } from '@hyeopchi/event-store';
import { followEvents, openReadModels, projectAll, rebuildReadModels } from '@hyeopchi/gateway';
import { EventEnvelope, InProcessEventBus } from '@hyeopchi/messaging';
import { createPool, schemaIdentifier } from '@hyeopchi/postgres';
import { LOCAL_POSTGRES_ADMIN_URL, freshDatabase } from '@hyeopchi/testing';
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import {
  EVENTS_BESIDES_SUPPORTS,
  ITEMS_PER_SESSION,
  appendLog,
  governanceLog,
} from './support/governance-log';
import { describeMachine } from './support/machine';
import { writeResults } from './support/results';
import { nowMs, round, summarise } from './support/stats';

/**
 * `npm run bench -- rebuild`: `projections rebuild` over a generated log of every context (mostly supports) at
 * two sizes and several batch sizes; the live projector's throughput per delivered batch size; and
 * append → projected latency through the bus at a fixed rate.
 */
const EVENTS = Number(process.env.BENCH_REBUILD_EVENTS ?? 1_000_000);
const SMALL_EVENTS = Number(process.env.BENCH_REBUILD_SMALL_EVENTS ?? Math.round(EVENTS / 10));
const BATCHES = (process.env.BENCH_REBUILD_BATCHES ?? '1000,5000,20000').split(',').map(Number);
const LIVE_EVENTS = Number(process.env.BENCH_LIVE_EVENTS ?? 20_000);
const LIVE_BATCHES = [1, 10, 100, 500];
const LATENCY_RATE = Number(process.env.BENCH_LATENCY_RATE ?? 500);
const LATENCY_SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 10);
/** Supports per proposal: 2,000 proposals make 1,000,000 events. */
const SUPPORTS = 500 - EVENTS_BESIDES_SUPPORTS;

async function main(): Promise<void> {
  const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, 'project_rebuild_bench');
  const pool = createPool({ url: database.value, size: 20, applicationName: 'project-rebuild-bench' });
  try {
    const stores = new Map<string, EventStore>();
    for (const context of CONTEXTS) stores.set(context, await PostgresEventStore.open(pool, context));
    const rebuilds = [];
    let proposals = 0;
    for (const size of [SMALL_EVENTS, EVENTS]) {
      const wanted = proposalsFor(size);
      const started = nowMs();
      const appended = await appendLog(stores, governanceLog(proposals, wanted - proposals, SUPPORTS));
      proposals = wanted;
      console.log(`appended ${appended} events in ${round((nowMs() - started) / 1000)} s`);
      await readable(stores, proposals * (SUPPORTS + EVENTS_BESIDES_SUPPORTS));
      for (const batchSize of BATCHES)
        rebuilds.push(await benchRebuild(database.value, pool, stores, batchSize));
    }
    const live = await benchLiveBatches(database.value, pool, stores);
    const latency = await benchLatency();
    const headline = rebuilds.filter((row) => row.events >= EVENTS);
    const results = {
      suite: 'rebuild',
      measuredAt: new Date().toISOString(),
      machine: await describeMachine(pool),
      rebuildEventsPerSec: Math.max(...headline.map((row) => row.eventsPerSec)),
      rebuilds,
      live,
      latency,
    };
    console.log('\nprojections rebuild (events of every context, mostly supports):');
    console.table(rebuilds);
    console.log('live projector, a backlog delivered in batches (one transaction each):');
    console.table(live);
    console.log(`append → projected through the in-process bus at ${LATENCY_RATE} events/s:`);
    console.table([latency]);
    console.log(`results written to ${writeResults('rebuild', results)}`);
  } finally {
    await pool.end();
    await database.stop();
  }
}

/** Until every event appended is readable: the global log holds back what other transactions may overtake. */
async function readable(stores: Map<string, EventStore>, events: number): Promise<void> {
  for (;;) {
    const counts = await Promise.all([...stores.values()].map((store) => store.countAfter(BEGINNING_OF_LOG)));
    if (counts.reduce((sum, count) => sum + count, 0) >= events) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function proposalsFor(events: number): number {
  const proposals = Math.round(events / (SUPPORTS + EVENTS_BESIDES_SUPPORTS));
  return Math.max(ITEMS_PER_SESSION, Math.round(proposals / ITEMS_PER_SESSION) * ITEMS_PER_SESSION);
}

async function benchRebuild(url: string, pool: Pool, stores: Map<string, EventStore>, batchSize: number) {
  const started = nowMs();
  const { schema, events } = await rebuildReadModels({ url, pool, stores, batchSize });
  const seconds = (nowMs() - started) / 1000;
  const row = { events, batchSize, seconds: round(seconds), eventsPerSec: Math.round(events / seconds) };
  console.log(`rebuild: ${JSON.stringify(row)}`);
  await pool.query(`DROP SCHEMA ${schemaIdentifier(schema)} CASCADE`);
  return row;
}

/** The first LIVE_EVENTS of the log, projected batch after batch into a schema of their own, as the bus delivers. */
async function benchLiveBatches(url: string, pool: Pool, stores: Map<string, EventStore>) {
  const events: EventEnvelope[] = [];
  for (const [context, store] of stores) {
    const { events: page } = await store.readAll(BEGINNING_OF_LOG, LIVE_EVENTS / stores.size);
    events.push(...page.map((event) => ({ ...event, context })));
  }
  const rows = [];
  for (const batch of LIVE_BATCHES) {
    const schema = `project_live_${batch}`;
    const dataSource = await openReadModels(url, schema);
    const sample = batch === 1 ? events.slice(0, Math.min(events.length, 2_000)) : events;
    const started = nowMs();
    for (let start = 0; start < sample.length; start += batch)
      await projectAll(dataSource, sample.slice(start, start + batch));
    const seconds = (nowMs() - started) / 1000;
    await dataSource.destroy();
    await pool.query(`DROP SCHEMA ${schemaIdentifier(schema)} CASCADE`);
    rows.push({ batch, events: sample.length, eventsPerSec: Math.round(sample.length / seconds) });
    console.log(`live: ${JSON.stringify(rows.at(-1))}`);
  }
  return rows;
}

/**
 * Supports appended at a steady rate to 100 proposals, followed by the gateway's projector on the in-process bus:
 * the time from each append's return to the notification that its stream is projected that far.
 */
async function benchLatency() {
  const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, 'project_latency_bench');
  const pool = createPool({ url: database.value, size: 20, applicationName: 'project-latency-bench' });
  const schema = 'project_latency_read_models';
  const listener = new Client({ connectionString: database.value });
  try {
    const stores = new Map<string, EventStore>();
    for (const context of CONTEXTS) stores.set(context, await PostgresEventStore.open(pool, context));
    await appendLog(stores, governanceLog(0, 100, 1));
    const dataSource = await openReadModels(database.value, schema);
    const bus = new InProcessEventBus({ pool, stores });
    // an append's return and its projection's notification may come in either order
    const appendedAt = new Map<string, number>();
    const projectedTo = new Map<string, { version: number; at: number }[]>();
    const latencies: number[] = [];
    const appended = (streamId: string, version: number) => {
      const projected = projectedTo.get(streamId)?.find((notice) => notice.version >= version);
      if (projected) latencies.push(0);
      else appendedAt.set(`${streamId}@${version}`, nowMs());
    };
    await listener.connect();
    listener.on('notification', ({ payload }) => {
      const change = JSON.parse(payload!);
      if (change.kind !== 'stream_projected') return;
      const notices = projectedTo.get(change.streamId) ?? [];
      notices.push({ version: change.version, at: nowMs() });
      projectedTo.set(change.streamId, notices.slice(-20));
      for (const [key, sent] of appendedAt) {
        const [streamId, version] = key.split('@');
        if (streamId !== change.streamId || Number(version) > change.version) continue;
        appendedAt.delete(key);
        latencies.push(nowMs() - sent);
      }
    });
    await listener.query(`LISTEN ${schemaIdentifier(schema)}`);
    const subscription = await followEvents(dataSource, bus, schema);
    const civic = stores.get('civic')!;
    const perTick = LATENCY_RATE / 100;
    const started = nowMs();
    const appends: Promise<unknown>[] = [];
    let supporter = 0;
    for (let tick = 0; tick < LATENCY_SECONDS * 100; tick++) {
      for (let i = 0; i < perTick; i++) {
        const proposalId = `bench-proposal-${supporter % 100}`;
        const streamId = `proposal-${proposalId}`;
        const data = {
          proposalId,
          supporterId: `late-${supporter}`,
          supports: 0,
          supportedAt: new Date().toISOString(),
        };
        supporter++;
        appends.push(
          civic
            .appendToStream(streamId, [{ eventId: randomUUID(), type: 'proposal.supported.v1', data }], 'any')
            .then(({ nextExpectedStreamVersion }) => appended(streamId, nextExpectedStreamVersion)),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (tick + 1) * 10 - nowMs())));
    }
    await Promise.all(appends);
    const deadline = nowMs() + 30_000;
    while (appendedAt.size > 0 && nowMs() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await subscription.stop();
    await dataSource.destroy();
    const summary = summarise(latencies);
    return { rate: LATENCY_RATE, projected: latencies.length, p50Ms: summary.p50, p99Ms: summary.p99 };
  } finally {
    await listener.end();
    await pool.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
