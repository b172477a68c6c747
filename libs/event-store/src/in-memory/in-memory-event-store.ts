import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import {
  AppendResult,
  AsOf,
  BEGINNING_OF_LOG,
  EventStore,
  EventToAppend,
  ExpectedVersion,
  GlobalCheckpoint,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
} from '../event-store.port';
import { ValidatedEvent, assertStreamId, validateBatch } from '../event-validation';

/** Payloads are kept as JSON text: every reader parses its own copy, so changing it cannot change the log. */
interface StoredEvent {
  recorded: Omit<RecordedEvent, 'data' | 'metadata'>;
  dataJson: string;
  metadataJson: string;
  contentHash: string;
}

export interface InMemoryEventStoreOptions {
  /** Where `recordedAt` comes from: a test moves it to read a stream as of a time. The system clock by default. */
  now?(): Date;
}

/**
 * The event store port kept in this process's memory, with the PostgreSQL store's semantics: the same
 * validation, expected versions, idempotency by event id and content hash, global positions and checkpoints.
 * It is for tests that exercise command handling, process managers and subscriptions as units, and for anything
 * that needs a log only as long as the process lives.
 *
 * Hazard: nothing is durable (a restart loses every event and checkpoint) and nothing is shared between
 * processes; there is no hash chain, no signed checkpoint and no audit log. Each append is one transaction,
 * committed before the call returns, so `readAll` never has to hold events back.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly byEventId = new Map<string, StoredEvent>();
  private readonly checkpoints = new Map<string, GlobalCheckpoint>();
  private readonly appendedListeners = new Set<() => void>();
  private lastTransactionId = 0n;
  private readonly now: () => Date;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  // Hazard: no await before the write: JavaScript runs this check-then-write alone, which is what makes it atomic.
  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedVersion = 'any',
  ): Promise<AppendResult> {
    const batch = validateBatch(streamId, events);
    const stored = this.storedCopyOf(batch);
    if (stored) return stored;
    const stream = this.streams.get(streamId) ?? [];
    if (!expectationHolds(expected, stream.length)) {
      throw new WrongExpectedVersionError(streamId, expected, stream.length);
    }
    const transactionId = String(++this.lastTransactionId);
    const recordedAt = this.now();
    const appended = batch.map((event, index) => ({
      dataJson: event.dataJson,
      metadataJson: event.metadataJson,
      contentHash: event.contentHash,
      recorded: {
        streamId,
        streamVersion: stream.length + index + 1,
        globalPosition: this.log.length + index + 1,
        transactionId,
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        recordedAt,
      },
    }));
    this.log.push(...appended);
    stream.push(...appended);
    this.streams.set(streamId, stream);
    appended.forEach((event) => this.byEventId.set(event.recorded.eventId, event));
    this.appendedListeners.forEach((listener) => listener());
    const last = appended[appended.length - 1].recorded;
    return {
      nextExpectedStreamVersion: last.streamVersion,
      lastGlobalPosition: last.globalPosition,
      alreadyAppended: false,
    };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    assertStreamId(streamId);
    const stream = this.streams.get(streamId) ?? [];
    const backwards = options.direction === 'backwards';
    const from = options.fromVersion ?? (backwards ? Number.MAX_SAFE_INTEGER : 1);
    const selected = backwards
      ? stream.filter(({ recorded }) => recorded.streamVersion <= from).reverse()
      : stream.filter(({ recorded }) => recorded.streamVersion >= from);
    return copies(selected.slice(0, options.maxCount ?? selected.length));
  }

  async readStreamAsOf(streamId: string, asOf: AsOf): Promise<RecordedEvent[]> {
    assertStreamId(streamId);
    const stream = this.streams.get(streamId) ?? [];
    return copies(
      stream.filter(({ recorded }) =>
        'globalPosition' in asOf
          ? recorded.globalPosition <= asOf.globalPosition
          : recorded.recordedAt.getTime() <= asOf.time.getTime(),
      ),
    );
  }

  async readAll(from: GlobalCheckpoint, maxCount: number): Promise<ReadAllResult> {
    const first = this.firstAfter(from);
    const events = copies(this.log.slice(first, first + maxCount));
    const last = events.at(-1);
    return {
      events,
      next: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : from,
    };
  }

  async countAfter(from: GlobalCheckpoint): Promise<number> {
    return this.log.length - this.firstAfter(from);
  }

  async readCheckpoint(name: string): Promise<GlobalCheckpoint> {
    return { ...(this.checkpoints.get(name) ?? BEGINNING_OF_LOG) };
  }

  async storeCheckpoint(name: string, checkpoint: GlobalCheckpoint): Promise<void> {
    this.checkpoints.set(name, { ...checkpoint });
  }

  onAppended(listener: () => void): () => void {
    this.appendedListeners.add(listener);
    return () => this.appendedListeners.delete(listener);
  }

  /** The index of the first event after `from`: the log is in (transaction, position) order, so a binary search. */
  private firstAfter(from: GlobalCheckpoint): number {
    const fromTransaction = BigInt(from.transactionId);
    const isAfter = ({ recorded }: StoredEvent) => {
      const transaction = BigInt(recorded.transactionId);
      return (
        transaction > fromTransaction ||
        (transaction === fromTransaction && recorded.globalPosition > from.globalPosition)
      );
    };
    let low = 0;
    let high = this.log.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (isAfter(this.log[middle])) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /**
   * As the PostgreSQL store decides it: the earlier append's result when every event of the batch is stored with
   * the same content (same stream, type, schema version, data and metadata: the content hash covers exactly
   * those); undefined when none is; a DuplicateEventIdError when only some are, or with other content.
   */
  private storedCopyOf(batch: readonly ValidatedEvent[]): AppendResult | undefined {
    const stored = batch.flatMap((event) => {
      const copy = this.byEventId.get(event.eventId);
      return copy ? [{ copy, same: copy.contentHash === event.contentHash }] : [];
    });
    if (stored.length === 0) {
      assertNoIdTwice(batch);
      return undefined;
    }
    if (stored.length !== batch.length || stored.some(({ same }) => !same)) {
      throw new DuplicateEventIdError(stored.map(({ copy }) => copy.recorded.eventId));
    }
    const last = stored[stored.length - 1].copy.recorded;
    return {
      nextExpectedStreamVersion: last.streamVersion,
      lastGlobalPosition: last.globalPosition,
      alreadyAppended: true,
    };
  }
}

/** A new event id twice in one batch (PostgreSQL's unique index refuses it too, there as APPEND_CONTENDED). */
function assertNoIdTwice(batch: readonly ValidatedEvent[]): void {
  const seen = new Set<string>();
  const twice = batch.filter(({ eventId }) => seen.has(eventId) || !seen.add(eventId));
  if (twice.length > 0) throw new DuplicateEventIdError(twice.map(({ eventId }) => eventId));
}

function expectationHolds(expected: ExpectedVersion, currentVersion: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return currentVersion === 0;
    case 'stream_exists':
      return currentVersion > 0;
    default:
      return currentVersion === expected;
  }
}

function copies(events: readonly StoredEvent[]): RecordedEvent[] {
  return events.map(({ recorded, dataJson, metadataJson }) => ({
    ...recorded,
    data: JSON.parse(dataJson) as unknown,
    metadata: JSON.parse(metadataJson) as RecordedEvent['metadata'],
    recordedAt: new Date(recorded.recordedAt),
  }));
}
