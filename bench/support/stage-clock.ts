import { EventStore, RecordedEvent } from '@hyeopchi/event-store';
import { Pool } from 'pg';
import { nowMs, round, summarise } from './stats';

/** When each event passed each stage of its way from append to consumer, by event id. */
export class StageClock {
  private readonly stages = new Map<string, Map<string, number>>();

  constructor(readonly order: readonly string[]) {}

  mark(stage: string, eventId: string, at = nowMs()): void {
    let times = this.stages.get(stage);
    if (!times) this.stages.set(stage, (times = new Map()));
    // the first time counts: a redelivery is not when the event got there
    if (!times.has(eventId)) times.set(eventId, at);
  }

  /** p50 and p99 of the time spent between each stage and the next, over the given events. */
  breakdown(eventIds: readonly string[]): Record<string, { p50: number; p99: number }> {
    const spans: Record<string, { p50: number; p99: number }> = {};
    for (let i = 1; i < this.order.length; i++) {
      const [from, to] = [this.stages.get(this.order[i - 1]), this.stages.get(this.order[i])];
      const gaps = eventIds.flatMap((id) => {
        const [start, end] = [from?.get(id), to?.get(id)];
        return start === undefined || end === undefined ? [] : [end - start];
      });
      spans[`${this.order[i - 1]} → ${this.order[i]}`] = summarise(gaps);
    }
    return spans;
  }
}

/** The store, whose global-log reads mark the events they return as read. */
export function markingReads<S extends EventStore>(store: S, clock: StageClock, stage: string): S {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'readAll') {
        return async (...args: Parameters<EventStore['readAll']>) => {
          const read = await target.readAll(...args);
          const at = nowMs();
          read.events.forEach((event: RecordedEvent) => clock.mark(stage, event.eventId, at));
          return read;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Samples, every `everyMs`, the transactions of the whole PostgreSQL cluster that hold a transaction id, and keeps
 * the oldest age seen per database: any of them holds back the snapshot's xmin, which gates global-log readers.
 */
export function watchOpenTransactions(pool: Pool, everyMs = 50): () => Promise<Record<string, number>> {
  const oldest: Record<string, number> = {};
  let running = true;
  const sample = async () => {
    while (running) {
      const { rows } = await pool.query<{ datname: string; age_ms: number }>(
        `SELECT coalesce(datname, '?') AS datname,
                max(extract(epoch FROM clock_timestamp() - xact_start) * 1000)::float8 AS age_ms
         FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid() GROUP BY datname`,
      );
      for (const { datname, age_ms } of rows) oldest[datname] = round(Math.max(oldest[datname] ?? 0, age_ms));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  };
  const sampling = sample();
  return async () => {
    running = false;
    await sampling;
    return oldest;
  };
}
