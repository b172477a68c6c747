import { canonicalJson } from './canonical-json';

/**
 * The records an event's two hashes cover (docs/audit.md, Hashes). Its content hash covers what its writer chose;
 * its event hash covers the content hash, where the log placed it (global position, stream version, time) and the
 * previous event's hash in the same stream. Hashes are lowercase hex, as the records hold them. Only the texts are
 * here: Node hashes them synchronously, the browser with WebCrypto.
 */

/** An event as the log recorded it: everything its hashes cover. */
export interface HashedEvent {
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
  /** UTC with microseconds, as hashed: `2026-11-27T10:00:00.123456Z`. */
  recordedAt: string;
}

/**
 * One event as auditors receive it: a line of an export, a row of the audit trail. Everything its hash covers,
 * and the hash the log stored.
 */
export interface AuditRecord extends HashedEvent {
  metadata: Record<string, unknown>;
  /** SHA-256 of the event's chain link, hex. */
  hash: string;
}

export interface EventContent {
  streamId: string;
  eventId: string;
  type: string;
  schemaVersion: number;
  /** The canonical JSON (RFC 8785) of the event's data. */
  dataJson: string;
  /** The canonical JSON (RFC 8785) of the event's metadata. */
  metadataJson: string;
}

export interface ChainLink {
  contentHash: string;
  globalPosition: number;
  /** The previous event's hash in the stream; null for a stream's first event. */
  previousHash: string | null;
  /** The log's time, UTC with microseconds: `2026-11-27T10:00:00.123456Z`. */
  recordedAt: string;
  streamVersion: number;
}

/** What the event's content hash covers, with data and metadata written canonically. */
export function contentOf(event: HashedEvent): EventContent {
  return {
    streamId: event.streamId,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    dataJson: canonicalJson(event.data),
    metadataJson: canonicalJson(event.metadata),
  };
}

/** The canonical JSON of an event's content: members in RFC 8785 order, data and metadata already canonical. */
export function eventContentJson(content: EventContent): string {
  return (
    `{"data":${content.dataJson},"eventId":${JSON.stringify(content.eventId)},` +
    `"metadata":${content.metadataJson},"schemaVersion":${content.schemaVersion},` +
    `"streamId":${JSON.stringify(content.streamId)},"type":${JSON.stringify(content.type)}}`
  );
}

/** The text an event's content hash covers. */
export const contentJsonOf = (event: HashedEvent): string => eventContentJson(contentOf(event));

/** The canonical JSON of a chain link; the append function writes the same text in SQL. */
export function chainLinkJson(link: ChainLink): string {
  const previous = link.previousHash === null ? 'null' : `"${link.previousHash}"`;
  return (
    `{"contentHash":"${link.contentHash}","globalPosition":${link.globalPosition},` +
    `"previousHash":${previous},"recordedAt":"${link.recordedAt}","streamVersion":${link.streamVersion}}`
  );
}

/** The chain link of an event whose content hashes to `contentHash`, after `previousHash` in its stream. */
export const chainLinkOf = (
  event: HashedEvent,
  contentHash: string,
  previousHash: string | null,
): ChainLink => ({
  contentHash,
  globalPosition: event.globalPosition,
  previousHash,
  recordedAt: event.recordedAt,
  streamVersion: event.streamVersion,
});
