import { BEGINNING_OF_LOG, EventStore } from '@hyeopchi/event-store';
import { Pool } from 'pg';
import { switchActiveSchema } from './active-schema';
import { projectAll } from './projector';
import { openReadModels } from './read-model-store';

export interface RebuildOptions {
  url: string;
  pool: Pool;
  /** Each context's event store. */
  stores: ReadonlyMap<string, EventStore>;
  /** Told after each batch: events replayed so far, and how many there are (more may come meanwhile). */
  onProgress?(done: number, total: number): void;
  batchSize?: number;
}

/**
 * Replays every event into a fresh schema, then makes it the one served: the live read models keep serving
 * until then, and every running gateway switches when told. Returns the new schema and the events replayed.
 */
export async function rebuildReadModels({
  url,
  pool,
  stores,
  onProgress,
  batchSize = 1_000,
}: RebuildOptions): Promise<{ schema: string; events: number }> {
  const schema = `read_models_${Date.now().toString(36)}`;
  const dataSource = await openReadModels(url, schema);
  try {
    const positions = new Map([...stores.keys()].map((context) => [context, BEGINNING_OF_LOG]));
    let done = 0;
    // passes until one finds nothing new: events written during the rebuild are in it too
    for (let found = true; found;) {
      found = false;
      const total = done + (await remaining(stores, positions));
      for (const [context, store] of stores) {
        for (;;) {
          const { events, next } = await store.readAll(positions.get(context)!, batchSize);
          if (events.length === 0) break;
          await projectAll(
            dataSource,
            events.map((event) => ({ ...event, context })),
          );
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
