import { canonicalJson } from './canonical-json';
import { EventContent, contentHashOf, eventHashOf } from './event-hash';

/**
 * One event as auditors receive it: a line of an export, a row of the audit trail. Everything its hash covers,
 * and the hash the log stored.
 */
export interface AuditRecord {
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Record<string, unknown>;
  /** UTC with microseconds, as hashed: `2026-11-27T10:00:00.123456Z`. */
  recordedAt: string;
  /** SHA-256 of the event's chain link, hex. */
  hash: string;
}

/** What the record's content hash covers, with data and metadata written canonically. */
export function contentOf(record: Omit<AuditRecord, 'hash'>): EventContent {
  return {
    streamId: record.streamId,
    eventId: record.eventId,
    type: record.type,
    schemaVersion: record.schemaVersion,
    dataJson: canonicalJson(record.data),
    metadataJson: canonicalJson(record.metadata),
  };
}

/** The hash (hex) the record should carry, given the previous event's hash (hex) in its stream, null for the first. */
export function expectedEventHashHex(record: Omit<AuditRecord, 'hash'>, previousHash: string | null): string {
  const contentHash = contentHashOf(contentOf(record));
  return eventHashOf({
    contentHash,
    globalPosition: record.globalPosition,
    previousHash,
    recordedAt: record.recordedAt,
    streamVersion: record.streamVersion,
  });
}

/** The same, as bytes. */
export function expectedEventHash(record: Omit<AuditRecord, 'hash'>, previousHash: Buffer | null): Buffer {
  return Buffer.from(expectedEventHashHex(record, previousHash?.toString('hex') ?? null), 'hex');
}
