import { randomUUID } from 'node:crypto';
import { nowMs, summarise } from './stats';

/** Appends a batch of `batch` events at `expectedVersion` to `streamId`. */
export type Append = (streamId: string, batch: number, expectedVersion: number) => Promise<unknown>;

/** `writers` appending to a stream each, in batches, for `seconds`: events/s and latency percentiles. */
export async function measureAppends(append: Append, writers: number, batch: number, seconds: number) {
  const latencies: number[] = [];
  let events = 0;
  const started = nowMs();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      const streamId = `proposal-${randomUUID()}`;
      for (let version = 0; nowMs() < deadline; version += batch) {
        const before = nowMs();
        await append(streamId, batch, version);
        latencies.push(nowMs() - before);
        events += batch;
      }
    }),
  );
  const elapsedSeconds = (nowMs() - started) / 1000;
  return { eventsPerSec: Math.round(events / elapsedSeconds), ...summarise(latencies) };
}
