import { BackoffOptions, DEFAULT_BACKOFF, backoffDelay } from '@hyeopchi/backoff';
import { EventStore, GlobalCheckpoint, ReadAllResult, RecordedEvent } from './event-store.port';

export interface CatchUpSubscriptionOptions {
  /** Names the durable checkpoint: a restarted subscription with the same name resumes where it stopped. */
  name: string;
  /** Receives events in log order. Throwing retries the same batch after a back-off: nothing is skipped. */
  handle(events: RecordedEvent[]): Promise<void>;
  batchSize?: number;
  /** How long to wait before looking again when the log had nothing new (local appends wake it sooner). */
  pollIntervalMs?: number;
  /**
   * The least time between two writes of the durable checkpoint while events keep coming (the last one is
   * written when the subscription stops). A crash redelivers at most what was handled in that time.
   */
  checkpointIntervalMs?: number;
  backoff?: BackoffOptions;
  onError?(error: unknown, attempt: number): void;
}

const DEFAULT_CHECKPOINT_INTERVAL_MS = 100;

/**
 * Follows a store's global log from a durable checkpoint. Delivery is at least once: the checkpoint is stored
 * after the handler succeeded, so a crash in between redelivers the batch.
 */
export class CatchUpSubscription {
  private running = true;
  private wakeRequested = false;
  private newEventsWaiter: (() => void) | undefined;
  private readonly stopWaiters = new Set<() => void>();
  private prefetched: Promise<ReadAllResult> | undefined;
  private readonly loop: Promise<void>;
  private readonly unsubscribe: () => void;
  private current: GlobalCheckpoint | undefined;
  private unstoredCheckpoint: GlobalCheckpoint | undefined;
  private checkpointWriter: Promise<void> | undefined;

  private constructor(
    private readonly store: EventStore,
    private readonly options: CatchUpSubscriptionOptions,
  ) {
    this.unsubscribe = store.onAppended(() => this.requestWake());
    this.loop = this.run();
  }

  static start(store: EventStore, options: CatchUpSubscriptionOptions): CatchUpSubscription {
    return new CatchUpSubscription(store, options);
  }

  /**
   * The checkpoint after the last batch handled; undefined until the stored one has been loaded. Its durable
   * copy follows within `checkpointIntervalMs`, and is complete once `stop()` resolves.
   */
  get position(): GlobalCheckpoint | undefined {
    return this.current;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe();
    this.stopWaiters.forEach((wake) => wake());
    await this.loop;
    await this.prefetched?.catch(() => undefined);
    await this.checkpointWriter;
  }

  private async run(): Promise<void> {
    const { name, batchSize = 500, pollIntervalMs = 25 } = this.options;
    let position = await this.untilDone(() => this.store.readCheckpoint(name));
    if (position === undefined) return;
    this.current = position;
    while (this.running) {
      const read = await this.untilDone(() => {
        const pending = this.prefetched ?? this.readAfter(position!, batchSize);
        this.prefetched = undefined;
        return pending;
      });
      if (read === undefined) return;
      if (read.events.length === 0) {
        await this.sleep(pollIntervalMs, { untilNewEvents: true });
        continue;
      }
      // Read what came next while the handler works on this batch: on a busy log, the next batch is ready when
      // the handler is done, instead of waiting for a read of its own after it.
      this.prefetched = quietly(this.readAfter(read.next, batchSize));
      const handled = await this.untilDone(() => this.options.handle(read.events).then(() => true));
      if (!handled) return;
      position = read.next;
      this.current = position;
      this.storeLater(position);
    }
  }

  /** Appends from now on end the poll's wait that follows if this read finds nothing new. */
  private readAfter(position: GlobalCheckpoint, batchSize: number): Promise<ReadAllResult> {
    this.wakeRequested = false;
    return this.store.readAll(position, batchSize);
  }

  /**
   * Stores the latest checkpoint, never before its batch was handled, without making the next batch wait for
   * the write. Batches handled while a write is under way or spaced out are covered by the next write, so a
   * busy log costs one write per interval, not one per batch. Stopping waits for the last one.
   */
  private storeLater(checkpoint: GlobalCheckpoint): void {
    this.unstoredCheckpoint = checkpoint;
    this.checkpointWriter ??= this.writeCheckpoints().finally(() => (this.checkpointWriter = undefined));
  }

  private async writeCheckpoints(): Promise<void> {
    const { checkpointIntervalMs = DEFAULT_CHECKPOINT_INTERVAL_MS } = this.options;
    for (let checkpoint = this.unstoredCheckpoint; checkpoint; checkpoint = this.unstoredCheckpoint) {
      this.unstoredCheckpoint = undefined;
      if (!(await this.storeCheckpoint(checkpoint))) return;
      await this.sleep(checkpointIntervalMs);
    }
  }

  /** False when the subscription stopped while the write kept failing. */
  private async storeCheckpoint(checkpoint: GlobalCheckpoint): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.storeCheckpoint(this.options.name, checkpoint);
        return true;
      } catch (error) {
        this.options.onError?.(error, attempt);
        if (!this.running) return false;
        await this.sleep(backoffDelay(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
      }
    }
  }

  /** Retries with back-off until the step succeeds; undefined when the subscription was stopped first. */
  private async untilDone<T>(step: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 1; this.running; attempt++) {
      try {
        return await step();
      } catch (error) {
        this.options.onError?.(error, attempt);
        await this.sleep(backoffDelay(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
      }
    }
    return undefined;
  }

  /**
   * Waits `ms`, or less: stopping ends every wait; new local events end only a poll's wait, never a back-off
   * (a failing handler must not be retried in a tight loop because appends keep arriving).
   */
  private sleep(ms: number, { untilNewEvents = false } = {}): Promise<void> {
    if (!this.running || (untilNewEvents && this.wakeRequested)) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.stopWaiters.delete(done);
        if (this.newEventsWaiter === done) this.newEventsWaiter = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stopWaiters.add(done);
      if (untilNewEvents) this.newEventsWaiter = done;
    });
  }

  private requestWake(): void {
    this.wakeRequested = true;
    this.newEventsWaiter?.();
  }
}

/** A read started ahead of time whose failure is handled when (and if) it is awaited. */
function quietly<T>(pending: Promise<T>): Promise<T> {
  pending.catch(() => undefined);
  return pending;
}
