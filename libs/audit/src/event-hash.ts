import { hash } from 'node:crypto';

/**
 * The hashes that make each stream a chain. An event's content hash covers what its writer chose; its event
 * hash covers the content hash, where the log placed it (global position, stream version, time) and the
 * previous event's hash in the same stream. docs/audit.md specifies both records byte for byte. Hashes are
 * lowercase hex, as the records hold them.
 */
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

/** The canonical JSON of an event's content: members in RFC 8785 order, data and metadata already canonical. */
export function eventContentJson(content: EventContent): string {
  return (
    `{"data":${content.dataJson},"eventId":${JSON.stringify(content.eventId)},` +
    `"metadata":${content.metadataJson},"schemaVersion":${content.schemaVersion},` +
    `"streamId":${JSON.stringify(content.streamId)},"type":${JSON.stringify(content.type)}}`
  );
}

export function contentHashOf(content: EventContent): string {
  return hash('sha256', eventContentJson(content), 'hex');
}

/** The content JSON and its hash, for a writer that sends the one and chains the other. */
export function hashedContent(content: EventContent): { json: string; contentHash: string } {
  const json = eventContentJson(content);
  return { json, contentHash: hash('sha256', json, 'hex') };
}

/** The canonical JSON of a chain link; the append function writes the same text in SQL. */
export function chainLinkJson(link: ChainLink): string {
  const previous = link.previousHash === null ? 'null' : `"${link.previousHash}"`;
  return (
    `{"contentHash":"${link.contentHash}","globalPosition":${link.globalPosition},` +
    `"previousHash":${previous},"recordedAt":"${link.recordedAt}","streamVersion":${link.streamVersion}}`
  );
}

export function eventHashOf(link: ChainLink): string {
  return hash('sha256', chainLinkJson(link), 'hex');
}
