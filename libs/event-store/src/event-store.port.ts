/**
 * The event store port. Streams are numbered from version 1: a stream's version is the number of events in it,
 * so `no_stream` is the same as expecting version 0.
 */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

/** Who did it and why: the audit trail reads these fields. Extra keys are kept as given. */
export interface EventMetadata {
  actor?: string;
  role?: string;
  correlationId?: string;
  causationId?: string;
  commandId?: string;
  /** The command's name and a digest of its data: a command id is a repeat only of the same command. */
  commandType?: string;
  commandDigest?: string;
  /**
   * The W3C trace context of the command that appended the event, when tracing was on: the relay publishes it
   * later, in no context of the command's, as the CloudEvents distributed-tracing extension. Never `tracestate`:
   * a caller's free text has no place in the immutable log.
   */
  traceparent?: string;
  [key: string]: unknown;
}

export interface EventToAppend<Type extends string = string, Data = unknown> {
  /** A UUID chosen by the caller: a retried append with the same ids and content writes nothing twice. */
  eventId: string;
  /** An explicit, versioned, past-tense name such as `proposal.submitted.v1` — never a class name. */
  type: Type;
  /** The additive revision of the payload within `type`; readers upcast older revisions. Defaults to 1. */
  schemaVersion?: number;
  data: Data;
  metadata?: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  /** The writing transaction's id (PostgreSQL xid8, in decimal): with globalPosition it orders the global log. */
  transactionId: string;
  eventId: string;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
}

export interface AppendResult {
  /** The stream version after the append: pass it as the expected version of the next one. */
  nextExpectedStreamVersion: number;
  lastGlobalPosition: number;
  /** True when every event was already stored with the same content and nothing was written. */
  alreadyAppended: boolean;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** First version to read (inclusive); by default the start (forwards) or the end (backwards). */
  fromVersion?: number;
  maxCount?: number;
}

/** A moment in a stream's history: a global position (inclusive) or a point in time (inclusive). */
export type AsOf = { globalPosition: number } | { time: Date };

/**
 * A position in the global log. Both numbers are needed: the log is ordered by (transactionId, globalPosition),
 * because positions come from a sequence and can commit out of order.
 */
export interface GlobalCheckpoint {
  transactionId: string;
  globalPosition: number;
}

export const BEGINNING_OF_LOG: GlobalCheckpoint = Object.freeze({ transactionId: '0', globalPosition: 0 });

export interface ReadAllResult {
  events: RecordedEvent[];
  /** Where the next read starts: the last event's checkpoint, or the one given when nothing was read. */
  next: GlobalCheckpoint;
}

export interface EventStore {
  appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected?: ExpectedVersion,
  ): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The stream as it stood at a moment: the events recorded up to it, in version order. */
  readStreamAsOf(streamId: string, asOf: AsOf): Promise<RecordedEvent[]>;
  /**
   * The global log after `from`, in commit-safe order. Events of transactions that may still commit before
   * others are held back until they can no longer be overtaken, so a reader that checkpoints never skips one.
   */
  readAll(from: GlobalCheckpoint, maxCount: number): Promise<ReadAllResult>;
  /** How many events a reader at `from` has still to read (committed and readable now). */
  countAfter(from: GlobalCheckpoint): Promise<number>;
  readCheckpoint(name: string): Promise<GlobalCheckpoint>;
  storeCheckpoint(name: string, checkpoint: GlobalCheckpoint): Promise<void>;
  /** Called after every successful local append, so in-process readers wake without waiting for a poll. */
  onAppended(listener: () => void): () => void;
}
