import { applyMigrations, schemaIdentifier } from '@hyeopchi/postgres';
import { DatabaseError, Pool } from 'pg';
import { DuplicateEventIdError, EventStoreError, WrongExpectedVersionError } from '../errors';
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
import { assertStreamId, serialiseBatch } from '../event-validation';
import { eventLogMigrations } from './event-log.migrations';
import { EventLogStatements, EventRow, eventLogStatements } from './event-log.sql';

const UNIQUE_VIOLATION = '23505';
const STREAM_VERSION_TAKEN = 'events_pkey';
// Appends that do not pin a version retry when a concurrent writer takes the version they computed, as does a
// clash on an event id that turns out not to be stored (its writer rolled back).
const MAX_ATTEMPTS = 100;

interface AppendRow {
  current_version: string;
  stream_version: string | null;
  global_position: string | null;
}

export interface PostgresEventStoreOptions {
  /**
   * For what the log's followers do (relays, the in-process bus): reading the global log and their checkpoints.
   * Apart from the appends' pool, their reads never wait for a connection behind a backlog of appends, which
   * would hold every follower back by the whole backlog at each read. The appends' pool by default.
   */
  followersPool?: Pool;
}

/**
 * The event store on PostgreSQL: one append-only log per service, in the service's own schema. The pools are
 * the caller's; `PostgresEventStore.open` applies the migrations before handing out the store.
 */
export class PostgresEventStore implements EventStore {
  private readonly sql: EventLogStatements;
  private readonly appendedListeners = new Set<() => void>();
  /** Appends through this store so far: a read of the log started before the latest may miss it. */
  private appends = 0;
  /**
   * Reads of the log under way, by where they start and how many events they take. Every follower of the log in
   * this process is woken by the same append and asks from the same checkpoint: they share one read (a horizon and
   * a query) instead of each making its own, as long as no append came after that read began.
   */
  private readonly readsUnderWay = new Map<string, { appends: number; read: Promise<ReadAllResult> }>();

  private constructor(
    private readonly pool: Pool,
    private readonly followersPool: Pool,
    readonly schemaName: string,
  ) {
    this.sql = eventLogStatements(schemaIdentifier(schemaName));
  }

  static async open(
    pool: Pool,
    schemaName: string,
    { followersPool = pool }: PostgresEventStoreOptions = {},
  ): Promise<PostgresEventStore> {
    await applyMigrations(pool, schemaName, 'event-store', eventLogMigrations);
    return new PostgresEventStore(pool, followersPool, schemaName);
  }

  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedVersion = 'any',
  ): Promise<AppendResult> {
    const batch = serialiseBatch(streamId, events);
    const [kind, version] = typeof expected === 'number' ? ['exact', expected] : [expected, null];
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await this.pool.query<AppendRow>({
          name: `${this.schemaName}.append`,
          text: this.sql.append,
          values: [streamId, kind, version, batch],
        });
        const [row] = rows;
        if (row.stream_version === null || row.global_position === null) {
          return await this.resolveRefusedAppend(
            streamId,
            batch,
            events.length,
            expected,
            Number(row.current_version),
          );
        }
        this.appends++;
        this.appendedListeners.forEach((listener) => listener());
        return {
          nextExpectedStreamVersion: Number(row.stream_version),
          lastGlobalPosition: Number(row.global_position),
          alreadyAppended: false,
        };
      } catch (error) {
        if (!(error instanceof DatabaseError) || error.code !== UNIQUE_VIOLATION) throw error;
        const stored = await this.storedCopyOf(streamId, batch, events.length);
        if (stored) return stored;
        const versionTaken = error.constraint === STREAM_VERSION_TAKEN;
        const unpinned = expected === 'any' || expected === 'stream_exists';
        if (versionTaken && !unpinned) {
          throw new WrongExpectedVersionError(streamId, expected, await this.streamVersion(streamId));
        }
        if (attempt === MAX_ATTEMPTS) {
          throw new EventStoreError(
            'APPEND_CONTENDED',
            `${MAX_ATTEMPTS} appends to ${streamId} in a row lost a race`,
          );
        }
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    assertStreamId(streamId);
    const backwards = options.direction === 'backwards';
    const from = options.fromVersion ?? (backwards ? Number.MAX_SAFE_INTEGER : 1);
    const { rows } = await this.pool.query<EventRow>(
      backwards ? this.sql.readBackwards : this.sql.readForwards,
      [streamId, from, options.maxCount ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async readStreamAsOf(streamId: string, asOf: AsOf): Promise<RecordedEvent[]> {
    assertStreamId(streamId);
    const { rows } =
      'globalPosition' in asOf
        ? await this.pool.query<EventRow>(this.sql.readAsOfPosition, [streamId, asOf.globalPosition])
        : await this.pool.query<EventRow>(this.sql.readAsOfTime, [streamId, asOf.time]);
    return rows.map(toRecordedEvent);
  }

  async readAll(from: GlobalCheckpoint, maxCount: number): Promise<ReadAllResult> {
    const key = `${from.transactionId}/${from.globalPosition}/${maxCount}`;
    const underWay = this.readsUnderWay.get(key);
    if (underWay?.appends === this.appends) return underWay.read;
    const shared = { appends: this.appends, read: this.readAllNow(from, maxCount) };
    this.readsUnderWay.set(key, shared);
    try {
      return await shared.read;
    } finally {
      if (this.readsUnderWay.get(key) === shared) this.readsUnderWay.delete(key);
    }
  }

  private async readAllNow(from: GlobalCheckpoint, maxCount: number): Promise<ReadAllResult> {
    const { rows } = await this.followersPool.query<EventRow>({
      name: `${this.schemaName}.readAll`,
      text: this.sql.readAll,
      values: [from.transactionId, from.globalPosition, maxCount, await this.horizon()],
    });
    const events = rows.map(toRecordedEvent);
    const last = events.at(-1);
    return {
      events,
      next: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : from,
    };
  }

  async countAfter(from: GlobalCheckpoint): Promise<number> {
    const { rows } = await this.followersPool.query<{ count: string }>(this.sql.countAfter, [
      from.transactionId,
      from.globalPosition,
      await this.horizon(),
    ]);
    return Number(rows[0].count);
  }

  /**
   * The transaction id before which this log can no longer change (see the statement). Query it on its own,
   * before the read that uses it: the read's snapshot must be taken after it.
   */
  private async horizon(): Promise<string> {
    const { rows } = await this.followersPool.query<{ horizon: string }>({
      name: `${this.schemaName}.horizon`,
      text: this.sql.horizon,
    });
    return rows[0].horizon;
  }

  async readCheckpoint(name: string): Promise<GlobalCheckpoint> {
    const { rows } = await this.followersPool.query<{ transaction_id: string; global_position: string }>(
      this.sql.readCheckpoint,
      [name],
    );
    const [row] = rows;
    return row
      ? { transactionId: row.transaction_id, globalPosition: Number(row.global_position) }
      : BEGINNING_OF_LOG;
  }

  async storeCheckpoint(name: string, checkpoint: GlobalCheckpoint): Promise<void> {
    await this.followersPool.query(this.sql.storeCheckpoint, [
      name,
      checkpoint.transactionId,
      checkpoint.globalPosition,
    ]);
  }

  onAppended(listener: () => void): () => void {
    this.appendedListeners.add(listener);
    return () => this.appendedListeners.delete(listener);
  }

  private async streamVersion(streamId: string): Promise<number> {
    const { rows } = await this.pool.query<{ version: string }>(this.sql.streamVersion, [streamId]);
    return Number(rows[0].version);
  }

  /** A refused append is either a retry of one already stored (success, nothing written) or a real conflict. */
  private async resolveRefusedAppend(
    streamId: string,
    batch: string,
    batchSize: number,
    expected: ExpectedVersion,
    actualVersion: number,
  ): Promise<AppendResult> {
    const stored = await this.storedCopyOf(streamId, batch, batchSize);
    if (stored) return stored;
    throw new WrongExpectedVersionError(streamId, expected, actualVersion);
  }

  /**
   * The earlier append's result when every event of the batch is stored with the same content; undefined when
   * none is; a DuplicateEventIdError when only some are, or with other content.
   */
  private async storedCopyOf(
    streamId: string,
    batch: string,
    batchSize: number,
  ): Promise<AppendResult | undefined> {
    const { rows } = await this.pool.query<{
      stream_version: string;
      global_position: string;
      event_id: string;
      same: boolean;
    }>(this.sql.storedCopies, [streamId, batch]);
    if (rows.length === 0) return undefined;
    if (rows.length !== batchSize || rows.some((row) => !row.same)) {
      throw new DuplicateEventIdError(rows.map((row) => row.event_id));
    }
    const last = rows[rows.length - 1];
    return {
      nextExpectedStreamVersion: Number(last.stream_version),
      lastGlobalPosition: Number(last.global_position),
      alreadyAppended: true,
    };
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: Number(row.global_position),
    transactionId: row.transaction_id,
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}
