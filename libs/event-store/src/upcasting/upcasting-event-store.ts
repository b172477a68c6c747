import { EventRevisions } from '@hyeopchi/domain-kernel';
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
} from '../event-store.port';

/**
 * A store whose readers see every event in its current revision, and whose appends are stamped with it. The
 * stored events keep the bytes they were written with, so their hashes, the audit chain and exports are untouched:
 * auditors read the log itself (`AuditLog`), the domain reads through this.
 */
export class UpcastingEventStore implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly revisions: EventRevisions,
  ) {}

  appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected?: ExpectedVersion,
  ): Promise<AppendResult> {
    const stamped = events.map((event) => ({
      ...event,
      schemaVersion: event.schemaVersion ?? this.revisions.current(event.type),
    }));
    return this.store.appendToStream(streamId, stamped, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.upcastAll(await this.store.readStream(streamId, options));
  }

  async readStreamAsOf(streamId: string, asOf: AsOf): Promise<RecordedEvent[]> {
    return this.upcastAll(await this.store.readStreamAsOf(streamId, asOf));
  }

  async readAll(from: GlobalCheckpoint, maxCount: number): Promise<ReadAllResult> {
    const { events, next } = await this.store.readAll(from, maxCount);
    return { events: this.upcastAll(events), next };
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

  private upcastAll(events: RecordedEvent[]): RecordedEvent[] {
    return events.map((event) => this.revisions.upcast(event));
  }
}
