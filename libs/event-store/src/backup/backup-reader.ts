import {
  ExportedRecord,
  HashedEvent,
  LineVerdict,
  MerkleFrontier,
  leafHash,
  verifyLineHash,
} from '@hyeopchi/audit';
import { BackupFileReader } from './backup-file';
import {
  BACKUP_FORMAT,
  BackedUpLogSummary,
  BackedUpSignedCheckpoint,
  BackupError,
  BackupHeader,
  BackupLine,
  BackupManifest,
  EVENT_LINE_START,
} from './backup-format';

/** An event to store again exactly as it was, with the run of the commit order it belongs to (see `run`). */
/** An event as the backup holds it: what its hashes cover, its hash, and its run in the log's commit order. */
export interface RestoredEvent extends HashedEvent {
  /**
   * Runs split the log's commit order where the global position goes down (a transaction that took a later
   * position committed first). Within a run, position order is commit order: a run's events can share one
   * transaction id, and runs get increasing ones.
   */
  run: number;
  hash: string;
}

/** Where the n-th event of the tree was placed: a signed checkpoint of n events names it. */
export interface LeafPlacement {
  run: number;
  globalPosition: number;
}

export interface RestoredSignedCheckpoint {
  checkpoint: BackedUpSignedCheckpoint;
  frontier: { size: number; peaks: string[] };
  lastLeaf: LeafPlacement;
}

/** Everything a backup says of one log, once its events are read. */
export interface BackedUpLog {
  summary: BackedUpLogSummary;
  runs: number;
  signedCheckpoints: RestoredSignedCheckpoint[];
}

export type BackupItem =
  | { kind: 'events'; context: string; events: RestoredEvent[] }
  | { kind: 'log'; context: string; log: BackedUpLog };

const BATCH = 2_000;
const MANIFEST_LINE_START = '{"kind":"manifest",';

/**
 * Checks that the file is whole and unaltered since it was written: the manifest is its last line and the
 * checksum of every line before it holds. Cheap (decompression and one hash), so it runs before anything else.
 */
export async function verifyBackupChecksum(path: string): Promise<BackupManifest> {
  const file = new BackupFileReader(path);
  let last: string | undefined;
  for await (const line of file.lines()) last = line;
  const manifest = last?.startsWith(MANIFEST_LINE_START) ? parseLine(last, path, file.lineNumber) : undefined;
  if (manifest?.kind !== 'manifest') {
    throw new BackupError('BACKUP_TRUNCATED', `${path} does not end with its manifest: it is truncated`);
  }
  if (manifest.sha256 !== file.digestBeforeLast()) {
    throw new BackupError(
      'BACKUP_CHECKSUM_MISMATCH',
      `${path} was altered after it was written: its content does not have the checksum its manifest states`,
    );
  }
  return manifest;
}

/**
 * The backup's events and checkpoints, checked as they are read: the order of its lines, each event's hash
 * against its own content and placement, each stream's chain, each signed checkpoint's root against the events
 * before it, and at the end the manifest against what was read. A restore writes what this yields and throws
 * away everything if it throws; `contexts` are the ones a restore may write.
 */
export async function* readBackup(
  path: string,
  contexts: readonly string[],
): AsyncGenerator<BackupItem, BackupManifest> {
  const file = new BackupFileReader(path);
  const lines = file.lines();
  const fail = (message: string): never => {
    throw new BackupError('BACKUP_CORRUPT', `${path}, line ${file.lineNumber}: ${message}`);
  };
  const next = async () => {
    const { value, done } = await lines.next();
    return done ? undefined : value;
  };
  const header = await next();
  const head = header === undefined ? undefined : parseLine(header, path, 1);
  if (head?.kind !== 'header') return fail('a backup starts with its header');
  if (head.format !== BACKUP_FORMAT) {
    throw new BackupError(
      'BACKUP_FORMAT_UNKNOWN',
      `${path} is a backup of format ${String(head.format)}; this version reads ${BACKUP_FORMAT}`,
    );
  }
  checkContexts(head, contexts, fail);
  let line = await next();
  const summaries: BackedUpLogSummary[] = [];
  for (const context of head.contexts) {
    const start = line === undefined ? undefined : parseLine(line, path, file.lineNumber);
    if (start?.kind !== 'log' || start.context !== context)
      return fail(`the log of ${context} should start here`);
    const log = new LogReader(context, fail);
    for (line = await next(); line !== undefined && !line.startsWith(EVENT_LINE_START); line = await next()) {
      const parsed = parseLine(line, path, file.lineNumber);
      if (parsed.kind !== 'signedCheckpoint') break;
      log.expectSignedCheckpoint(parsed);
    }
    let batch: RestoredEvent[] = [];
    for (; line !== undefined && line.startsWith(EVENT_LINE_START); line = await next()) {
      batch.push(log.event(line));
      if (batch.length === BATCH) {
        yield { kind: 'events', context, events: batch };
        batch = [];
      }
    }
    if (batch.length > 0) yield { kind: 'events', context, events: batch };
    const backedUp = log.end();
    summaries.push(backedUp.summary);
    yield { kind: 'log', context, log: backedUp };
  }
  const manifest = line === undefined ? undefined : parseLine(line, path, file.lineNumber);
  if (manifest?.kind !== 'manifest') {
    throw new BackupError('BACKUP_TRUNCATED', `${path} ends before its manifest: it is truncated`);
  }
  if (manifest.sha256 !== file.digestBeforeLast()) {
    throw new BackupError(
      'BACKUP_CHECKSUM_MISMATCH',
      `${path} changed while it was read: its content does not have the checksum its manifest states`,
    );
  }
  if (JSON.stringify(manifest.contexts) !== JSON.stringify(summaries)) {
    fail('the manifest does not describe the logs the backup holds');
  }
  if ((await next()) !== undefined) fail('nothing may follow the manifest');
  return manifest;
}

/** The whole backup checked, without writing anything: what a restore will write. */
export async function inspectBackup(
  path: string,
  contexts: readonly string[],
): Promise<{ manifest: BackupManifest; logs: Map<string, BackedUpLog> }> {
  await verifyBackupChecksum(path);
  const logs = new Map<string, BackedUpLog>();
  const items = readBackup(path, contexts);
  for (let item = await items.next(); ; item = await items.next()) {
    if (item.done) return { manifest: item.value, logs };
    if (item.value.kind === 'log') logs.set(item.value.context, item.value.log);
  }
}

function checkContexts(header: BackupHeader, known: readonly string[], fail: (message: string) => never) {
  const listed = Array.isArray(header.contexts) ? header.contexts : [];
  const unknown = listed.filter((context) => !known.includes(context));
  if (listed.length === 0 || unknown.length > 0 || new Set(listed).size !== listed.length) {
    fail(
      `the header lists contexts ${JSON.stringify(header.contexts)}; expected some of ${known.join(', ')}`,
    );
  }
}

function parseLine(line: string, path: string, lineNumber: number): BackupLine {
  try {
    const parsed = JSON.parse(line) as BackupLine;
    if (typeof parsed === 'object' && parsed !== null && typeof parsed.kind === 'string') return parsed;
  } catch {
    // reported below, with the place
  }
  throw new BackupError('BACKUP_CORRUPT', `${path}, line ${lineNumber}: not a line a backup writes`);
}

/** One log's lines, checked as they come. */
class LogReader {
  private readonly frontier = MerkleFrontier.empty();
  private readonly streams = new Map<string, { version: number; hash: string }>();
  private readonly signed: BackedUpSignedCheckpoint[] = [];
  private readonly signedRestored: RestoredSignedCheckpoint[] = [];
  private run = 0;
  private lastPosition = 0;
  private highestPosition: number | null = null;

  constructor(
    private readonly context: string,
    private readonly fail: (message: string) => never,
  ) {}

  expectSignedCheckpoint(checkpoint: BackedUpSignedCheckpoint): void {
    const previous = this.signed.at(-1)?.treeSize ?? 0;
    if (!Number.isSafeInteger(checkpoint.treeSize) || checkpoint.treeSize <= previous) {
      this.fail(`${this.context}'s signed checkpoints must grow: ${checkpoint.treeSize} after ${previous}`);
    }
    if (typeof checkpoint.signedNote !== 'string' || !/^[0-9a-f]{64}$/.test(String(checkpoint.rootHash))) {
      this.fail(`a signed checkpoint of ${this.context} without its note or root`);
    }
    this.signed.push(checkpoint);
  }

  event(line: string): RestoredEvent {
    if (verifyLineHash(line).verdict !== LineVerdict.Holds) {
      this.fail(`an event of ${this.context} whose hash does not hold for its content and placement`);
    }
    const record = JSON.parse(line) as ExportedRecord;
    const stream = this.streams.get(record.streamId);
    if (
      record.streamVersion !== (stream?.version ?? 0) + 1 ||
      record.previousHash !== (stream?.hash ?? null)
    ) {
      this.fail(`event ${record.eventId} does not follow the one before it in stream ${record.streamId}`);
    }
    this.streams.set(record.streamId, { version: record.streamVersion, hash: record.hash });
    if (record.globalPosition === this.lastPosition)
      this.fail(`two events at position ${record.globalPosition}`);
    if (record.globalPosition < this.lastPosition) this.run++;
    this.lastPosition = record.globalPosition;
    this.highestPosition = Math.max(this.highestPosition ?? 0, record.globalPosition);
    this.frontier.append(leafHash(Buffer.from(record.hash, 'hex')));
    this.placeCheckpoint({ run: this.run, globalPosition: record.globalPosition });
    return {
      globalPosition: record.globalPosition,
      run: this.run,
      streamId: record.streamId,
      streamVersion: record.streamVersion,
      eventId: record.eventId,
      type: record.type,
      schemaVersion: record.schemaVersion,
      data: record.data,
      metadata: record.metadata,
      recordedAt: record.recordedAt,
      hash: record.hash,
    };
  }

  end(): BackedUpLog {
    const events = this.frontier.treeSize;
    if (this.signedRestored.length < this.signed.length) {
      throw new BackupError(
        'BACKUP_INCONSISTENT',
        `a signed checkpoint of ${this.context} lies past its ${events} events: the backup is not one moment of the log`,
      );
    }
    const latest = this.signed.at(-1);
    return {
      summary: {
        name: this.context,
        events,
        lastGlobalPosition: this.highestPosition,
        latestSignedCheckpoint: latest ? { treeSize: latest.treeSize, signedNote: latest.signedNote } : null,
        signedCheckpoints: this.signed.length,
      },
      runs: events === 0 ? 0 : this.run + 1,
      signedCheckpoints: this.signedRestored,
    };
  }

  private placeCheckpoint(lastLeaf: LeafPlacement): void {
    const size = this.frontier.treeSize;
    const signed = this.signed[this.signedRestored.length];
    if (signed?.treeSize === size) {
      if (this.frontier.root().toString('hex') !== signed.rootHash) {
        throw new BackupError(
          'BACKUP_INCONSISTENT',
          `${this.context}'s signed checkpoint of ${size} events has another root than those events give`,
        );
      }
      this.signedRestored.push({ checkpoint: signed, frontier: this.frontier.toJSON(), lastLeaf });
    }
  }
}
