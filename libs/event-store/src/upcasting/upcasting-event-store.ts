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
 * Turns the data of one revision of an event type into the next (`fromRevision` → `fromRevision + 1`). Only
 * additive changes are upcast: a field added with the value every older event implies. A breaking change is a new
 * type name instead.
 */
export interface EventUpcaster {
  readonly type: string;
  readonly fromRevision: number;
  upcast(data: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** The upcasters of a log's event types, chained per type in revision order. */
export class EventRevisions {
  private readonly chains = new Map<string, EventUpcaster[]>();

  constructor(upcasters: readonly EventUpcaster[]) {
    for (const upcaster of upcasters) {
      const chain = this.chains.get(upcaster.type) ?? [];
      if (upcaster.fromRevision !== chain.length + 1) {
        throw new Error(
          `${upcaster.type}: upcaster from revision ${upcaster.fromRevision} given after ${chain.length}`,
        );
      }
      chain.push(upcaster);
      this.chains.set(upcaster.type, chain);
    }
  }

  /** The revision events of this type are written in now. */
  current(type: string): number {
    return (this.chains.get(type)?.length ?? 0) + 1;
  }

  /** The event as its current revision reads; the stored record is never changed. */
  upcast(event: RecordedEvent): RecordedEvent {
    const chain = this.chains.get(event.type);
    if (!chain || event.schemaVersion > chain.length) return event;
    const data = chain
      .slice(event.schemaVersion - 1)
      .reduce((older, { upcast }) => upcast(older), event.data as Record<string, unknown>);
    return { ...event, data, schemaVersion: chain.length + 1 };
  }
}

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

  appendToStream(streamId: string, events: EventToAppend[], expected?: ExpectedVersion): Promise<AppendResult> {
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
