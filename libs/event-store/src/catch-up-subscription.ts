import { BackoffOptions, DEFAULT_BACKOFF, backoffDelay } from '@hyeopchi/common';
import { EventStore, GlobalCheckpoint, RecordedEvent } from './event-store.port';

export interface CatchUpSubscriptionOptions {
  /** Names the durable checkpoint: a restarted subscription with the same name resumes where it stopped. */
  name: string;
  /** Receives events in log order. Throwing retries the same batch after a back-off: nothing is skipped. */
  handle(events: RecordedEvent[]): Promise<void>;
  batchSize?: number;
  /** How long to wait before looking again when the log had nothing new (local appends wake it sooner). */
  pollIntervalMs?: number;
  backoff?: BackoffOptions;
  onError?(error: unknown, attempt: number): void;
}

/**
 * Follows a store's global log from a durable checkpoint. Delivery is at least once: the checkpoint is stored
 * after the handler succeeded, so a crash in between redelivers the batch.
 */
export class CatchUpSubscription {
  private running = true;
  private wakeRequested = false;
  private wake: (() => void) | undefined;
  private readonly loop: Promise<void>;
  private readonly unsubscribe: () => void;
  private current: GlobalCheckpoint | undefined;
  private upToDate = false;

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

  /** The checkpoint of the last batch handled and stored; undefined until the stored one has been loaded. */
  get position(): GlobalCheckpoint | undefined {
    return this.current;
  }

  /** True when the last read found fewer events than a batch: the subscription has caught up with the log. */
  get caughtUp(): boolean {
    return this.upToDate;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe();
    this.requestWake();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { name, batchSize = 500, pollIntervalMs = 25 } = this.options;
    let position = await this.untilDone(() => this.store.readCheckpoint(name));
    if (position === undefined) return;
    this.current = position;
    while (this.running) {
      this.wakeRequested = false;
      const read = await this.untilDone(() => this.store.readAll(position!, batchSize));
      if (read === undefined) return;
      this.upToDate = read.events.length < batchSize;
      if (read.events.length === 0) {
        await this.idle(pollIntervalMs);
        continue;
      }
      const handled = await this.untilDone(() => this.options.handle(read.events).then(() => true));
      if (!handled) return;
      const stored = await this.untilDone(() => this.store.storeCheckpoint(name, read.next).then(() => true));
      if (!stored) return;
      position = read.next;
      this.current = position;
    }
  }

  /** Retries with back-off until the step succeeds; undefined when the subscription was stopped first. */
  private async untilDone<T>(step: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 1; this.running; attempt++) {
      try {
        return await step();
      } catch (error) {
        this.options.onError?.(error, attempt);
        await this.idle(backoffDelay(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
      }
    }
    return undefined;
  }

  private idle(ms: number): Promise<void> {
    if (this.wakeRequested || !this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    }).then(() => {
      this.wake = undefined;
    });
  }

  private requestWake(): void {
    this.wakeRequested = true;
    this.wake?.();
  }
}
