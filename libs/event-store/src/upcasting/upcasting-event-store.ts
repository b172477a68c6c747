import { EventRevisions } from '@hyeopchi/domain-kernel';
import { DelegatingEventStore } from '../delegating-event-store';
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
export class UpcastingEventStore extends DelegatingEventStore {
  constructor(
    store: EventStore,
    private readonly revisions: EventRevisions,
  ) {
    super(store);
  }

  override appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected?: ExpectedVersion,
  ): Promise<AppendResult> {
    const stamped = events.map((event) => ({
      ...event,
      schemaVersion: event.schemaVersion ?? this.revisions.current(event.type),
    }));
    return super.appendToStream(streamId, stamped, expected);
  }

  override async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.upcastAll(await this.store.readStream(streamId, options));
  }

  override async readStreamAsOf(streamId: string, asOf: AsOf): Promise<RecordedEvent[]> {
    return this.upcastAll(await this.store.readStreamAsOf(streamId, asOf));
  }

  override async readAll(from: GlobalCheckpoint, maxCount: number): Promise<ReadAllResult> {
    const { events, next } = await this.store.readAll(from, maxCount);
    return { events: this.upcastAll(events), next };
  }

  private upcastAll(events: RecordedEvent[]): RecordedEvent[] {
    return events.map((event) => this.revisions.upcast(event));
  }
}
