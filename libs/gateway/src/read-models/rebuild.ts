import { BEGINNING_OF_LOG, EventStore } from '@hyeopchi/event-store';
import { Pool } from 'pg';
import { switchActiveSchema } from './active-schema';
import { ReadModelReplay } from './projector';
import { READ_MODEL_SCHEMA, openReadModels } from './read-model-store';

export interface RebuildOptions {
  url: string;
  pool: Pool;
  /** Each context's event store. */
  stores: ReadonlyMap<string, EventStore>;
  /** Told after each batch: events replayed so far, and how many there are (more may come meanwhile). */
  onProgress?(done: number, total: number): void;
  /** Events per batch: read in one page, projected in memory, written with one transaction of bulk statements. */
  batchSize?: number;
}

export const DEFAULT_REBUILD_BATCH = 20_000;

/**
 * Replays every event into a fresh schema, then makes it the one served: the live read models keep serving
 * until then, and every running gateway switches when told. Returns the new schema and the events replayed.
 */
export async function rebuildReadModels({
  url,
  pool,
  stores,
  onProgress,
  batchSize = DEFAULT_REBUILD_BATCH,
}: RebuildOptions): Promise<{ schema: string; events: number }> {
  const rebuilding = await pool.connect();
  const lock = "hashtextextended('read-models:rebuild', 0)";
  try {
    const { rows } = await rebuilding.query<{ locked: boolean }>(
      `SELECT pg_try_advisory_lock(${lock}) AS locked`,
    );
    if (!rows[0].locked) throw new Error('another rebuild of the read models is running: wait for it to end');
    return await replayAndSwitch({ url, pool, stores, onProgress, batchSize });
  } finally {
    await rebuilding.query(`SELECT pg_advisory_unlock(${lock})`).catch(() => undefined);
    rebuilding.release();
  }
}

/** Passes over the logs after the first catch what was written meanwhile; the gateways' own catch-up does the rest. */
const MAX_PASSES = 3;

async function replayAndSwitch({
  url,
  pool,
  stores,
  onProgress,
  batchSize,
}: Required<Omit<RebuildOptions, 'onProgress'>> & Pick<RebuildOptions, 'onProgress'>) {
  const schema = `${READ_MODEL_SCHEMA}_${Date.now().toString(36)}`;
  const dataSource = await openReadModels(url, schema);
  try {
    const replay = new ReadModelReplay(dataSource);
    const positions = new Map([...stores.keys()].map((context) => [context, BEGINNING_OF_LOG]));
    let done = 0;
    // passes until one finds nothing new, or a few: events written during the rebuild are in it too
    for (let found = true, pass = 0; found && pass < MAX_PASSES; pass++) {
      found = false;
      const total = done + (await remaining(stores, positions));
      for (const [context, store] of stores) {
        // the next page is read while this one is projected
        for (let page = store.readAll(positions.get(context)!, batchSize); ;) {
          const { events, next } = await page;
          if (events.length === 0) break;
          page = store.readAll(next, batchSize);
          page.catch(() => undefined); // its failure is met when awaited; a failed batch must not leave it unheard
          await replay.project(events.map((event) => ({ ...event, context })));
          positions.set(context, next);
          done += events.length;
          found = true;
          onProgress?.(done, Math.max(total, done));
        }
      }
    }
    await switchActiveSchema(pool, schema);
    return { schema, events: done };
  } finally {
    await dataSource.destroy();
  }
}

async function remaining(
  stores: ReadonlyMap<string, EventStore>,
  positions: Map<string, Parameters<EventStore['countAfter']>[0]>,
): Promise<number> {
  const counts = await Promise.all(
    [...stores].map(([context, store]) => store.countAfter(positions.get(context)!)),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
