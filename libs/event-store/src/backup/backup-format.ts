/**
 * A backup of the event logs: one gzip-compressed NDJSON file. Its first line is the header; then, for each
 * context, a `log` line, the log's signed checkpoints, and its events in the order of its Merkle tree (commit
 * order), each an audit export line (`exportLineOf`: the event's canonical content and its placement, so that
 * each line proves its own hash). The last line is the manifest, with the SHA-256 of every line before it.
 *
 * Everything derived from the events is left out and rebuilt: read models, the process managers' tables, the
 * inboxes, and the followers' checkpoints (the relays', the in-process bus's). A follower restored to where it
 * was would skip the events that rebuild what it keeps; started from the beginning, each one replays the log,
 * and every consumer already takes a redelivered event once (inbox, stream positions, command ids derived from
 * the event).
 */
export const BACKUP_FORMAT = 'hyeopchi-backup/1';

export interface BackupHeader {
  kind: 'header';
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  contexts: string[];
}

export interface LogStart {
  kind: 'log';
  context: string;
}

/** A signed checkpoint of the log's tree; where its last leaf lies follows from its size. */
export interface BackedUpSignedCheckpoint {
  kind: 'signedCheckpoint';
  treeSize: number;
  rootHash: string;
  signedNote: string;
  signedAt: string;
}

export interface BackupManifest {
  kind: 'manifest';
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  contexts: BackedUpLogSummary[];
  /** SHA-256 (hex) of the uncompressed bytes of every line before the manifest, newlines included. */
  sha256: string;
}

export interface BackedUpLogSummary {
  name: string;
  events: number;
  /** The highest global position among the events, null for an empty log. */
  lastGlobalPosition: number | null;
  latestSignedCheckpoint: { treeSize: number; signedNote: string } | null;
  signedCheckpoints: number;
}

export type BackupLine = BackupHeader | LogStart | BackedUpSignedCheckpoint | BackupManifest;

/** Event lines are audit export lines: canonical content, members sorted, so `data` comes first. */
export const EVENT_LINE_START = '{"data":';

/** The longest line a backup may hold: an event's 1 MiB of data and metadata, escaped, and its placement. */
export const MAX_BACKUP_LINE_CHARS = 8 * 1024 * 1024;

export type BackupErrorCode =
  | 'BACKUP_TRUNCATED'
  | 'BACKUP_CORRUPT'
  | 'BACKUP_CHECKSUM_MISMATCH'
  | 'BACKUP_FORMAT_UNKNOWN'
  | 'BACKUP_INCONSISTENT'
  | 'RESTORE_TARGET_NOT_EMPTY';

/** A backup refused or a restore refused; when it is thrown by a restore, nothing was written. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
