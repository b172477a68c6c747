import {
  AppendResult,
  AsOf,
  EventStore,
  EventToAppend,
  ExpectedVersion,
  GlobalCheckpoint,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
} from '@hyeopchi/event-store';
import { histogram } from '@hyeopchi/observability';

const appendDurations = histogram({
  name: 'hyeopchi_append_duration_seconds',
  help: "Time of one append to a context's event store (one transaction), refused appends included.",
  labelNames: ['context'],
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
});

/** A context's store whose appends are timed into `hyeopchi_append_duration_seconds`. */
export class TimedEventStore implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly context: string,
  ) {}

  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected?: ExpectedVersion,
  ): Promise<AppendResult> {
    const stop = appendDurations.startTimer({ context: this.context });
    try {
      return await this.store.appendToStream(streamId, events, expected);
    } finally {
      stop();
    }
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.store.readStream(streamId, options);
  }

  readStreamAsOf(streamId: string, asOf: AsOf): Promise<RecordedEvent[]> {
    return this.store.readStreamAsOf(streamId, asOf);
  }

  readAll(from: GlobalCheckpoint, maxCount: number): Promise<ReadAllResult> {
    return this.store.readAll(from, maxCount);
  }

  countAfter(from: GlobalCheckpoint): Promise<number> {
    return this.store.countAfter(from);
  }

  readCheckpoint(name: string): Promise<GlobalCheckpoint> {
    return this.store.readCheckpoint(name);
  }

  storeCheckpoint(name: string, checkpoint: GlobalCheckpoint): Promise<void> {
    return this.store.storeCheckpoint(name, checkpoint);
  }

  onAppended(listener: () => void): () => void {
    return this.store.onAppended(listener);
  }
}
