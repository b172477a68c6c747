import { StreamFold, StreamFolds } from './stream-fold';

export interface StreamCacheLimits {
  /** At most this many streams are kept, the least recently used going first. */
  maxStreams: number;
  /** And at most this many of their events in all (a popular proposal's supports count here). */
  maxEvents: number;
}

export const DEFAULT_STREAM_CACHE_LIMITS: StreamCacheLimits = { maxStreams: 1_000, maxEvents: 300_000 };

/**
 * The streams of one store, kept folded between commands: a command reads only the events recorded after the
 * cached version, whoever wrote them (another process too), so it decides on the stream exactly as the store has
 * it, at the cost of what is new. Loads of one stream must not overlap: the executor runs a stream's commands in
 * turn.
 */
export class StreamCache implements StreamFolds {
  private readonly folds = new Map<string, StreamFold<unknown>>();
  private events = 0;

  constructor(private readonly limits: StreamCacheLimits = DEFAULT_STREAM_CACHE_LIMITS) {}

  load: StreamFolds['load'] = async (store, streamId, decider) => {
    const fold = (this.folds.get(streamId) as StreamFold<never> | undefined) ?? new StreamFold(decider);
    const before = fold.history.length;
    fold.apply(await store.readStream(streamId, { fromVersion: fold.version + 1 }));
    this.folds.delete(streamId);
    this.folds.set(streamId, fold);
    this.events += fold.history.length - before;
    this.evictBeyondLimits(streamId);
    return fold;
  };

  advance: StreamFolds['advance'] = (streamId, fold, recorded, state) => {
    fold.advance(recorded, state);
    if (this.folds.get(streamId) !== fold) return;
    this.events += recorded.length;
    this.evictBeyondLimits(streamId);
  };

  get size(): { streams: number; events: number } {
    return { streams: this.folds.size, events: this.events };
  }

  private evictBeyondLimits(justUsed: string): void {
    for (const [streamId, fold] of this.folds) {
      if (this.folds.size <= this.limits.maxStreams && this.events <= this.limits.maxEvents) return;
      // the stream just used goes last, and only when it alone is beyond the limits
      if (streamId === justUsed && this.folds.size > 1) continue;
      this.folds.delete(streamId);
      this.events -= fold.history.length;
    }
  }
}
