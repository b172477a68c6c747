// the same RFC 8785 writer as the platform's, which needs nothing of Node: one definition, byte for byte
import { canonicalJson } from '../../../../../libs/audit/src/canonical-json';
import { hexOf, sha256, utf8 } from './bytes';

/** An event as the audit trail gives it: everything its hash covers. */
export interface RecordedEvent {
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
  /** UTC with microseconds, the text the hash covers. */
  recordedAt: string;
}

/**
 * The content record of docs/audit.md. Its members are in name order, which is the order the format fixes, so
 * it is simply the canonical JSON of an object with those members.
 */
export const contentJsonOf = (event: RecordedEvent): string =>
  canonicalJson({
    data: event.data,
    eventId: event.eventId,
    metadata: event.metadata,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    type: event.type,
  });

export const contentHashOf = async (event: RecordedEvent): Promise<string> =>
  hexOf(await sha256(utf8(contentJsonOf(event))));

/** The event hash (hex): SHA-256 of the chain link, which covers the content hash and the previous event's hash. */
export async function eventHashOf(event: RecordedEvent, previousHash: string | null): Promise<string> {
  const link = canonicalJson({
    contentHash: await contentHashOf(event),
    globalPosition: event.globalPosition,
    previousHash,
    recordedAt: event.recordedAt,
    streamVersion: event.streamVersion,
  });
  return hexOf(await sha256(utf8(link)));
}
