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
} from './event-store.port';

/** A store in front of another that passes every call through: a decorator overrides only what it changes. */
export abstract class DelegatingEventStore implements EventStore {
  protected constructor(protected readonly store: EventStore) {}

  appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected?: ExpectedVersion,
  ): Promise<AppendResult> {
    return this.store.appendToStream(streamId, events, expected);
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
