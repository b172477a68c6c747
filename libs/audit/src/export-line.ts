import { hash } from 'node:crypto';
import { scansAsCanonicalContent } from './canonical-content-scan';
import { eventHashOf } from './event-hash';
import { AuditRecord, contentOf, eventContentJson } from './portable';

/** An event as an export holds it: with the hash of its predecessor in its stream, null for the first. */
export interface ExportedRecord extends AuditRecord {
  previousHash: string | null;
}

/**
 * A line of an export: the event's content JSON exactly as its content hash covers it (RFC 8785), its last
 * brace replaced by the log's placement of it, members in name order. A verifier hashes the line's own bytes
 * instead of serialising the event again, and checks each line on its own, in parallel; that the previous
 * hashes follow one another down each stream is then a comparison.
 */
const PLACEMENT_START = ',"globalPosition":';
const PLACEMENT =
  /^,"globalPosition":([1-9]\d{0,15}),"hash":"([0-9a-f]{64})","previousHash":(null|"[0-9a-f]{64}"),"recordedAt":"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z)","streamVersion":([1-9]\d{0,15})}$/;

export function exportLineOf(record: ExportedRecord): string {
  const content = eventContentJson(contentOf(record));
  const previous = record.previousHash === null ? 'null' : `"${record.previousHash}"`;
  return (
    `${content.slice(0, -1)}${PLACEMENT_START}${record.globalPosition},"hash":"${record.hash}",` +
    `"previousHash":${previous},"recordedAt":"${record.recordedAt}","streamVersion":${record.streamVersion}}`
  );
}

/** What a line says of itself, as a small number so that workers can answer for thousands of lines at once. */
export const LineVerdict = { Holds: 0, NotAnEventLine: 1, HashDiffers: 2, NotCanonical: 3 } as const;
export type LineVerdict = (typeof LineVerdict)[keyof typeof LineVerdict];

/**
 * Whether the line's stated hash is the one its own bytes and placement give, and that hash. The content's
 * bytes must also be the one canonical writing of what they say: otherwise two different lines would mean the
 * same event, and a verifier that writes the content again would hash other bytes than one that hashes the line.
 */
export function verifyLineHash(line: string): { verdict: LineVerdict; hash?: string } {
  const start = line.lastIndexOf(PLACEMENT_START);
  const placement = start < 0 ? null : PLACEMENT.exec(line.slice(start));
  if (!placement) return { verdict: LineVerdict.NotAnEventLine };
  const [, globalPosition, stated, previous, recordedAt, streamVersion] = placement;
  // positions and versions are JSON numbers, so IEEE doubles: past 2^53 two of them would read as one
  if (!Number.isSafeInteger(Number(globalPosition)) || !Number.isSafeInteger(Number(streamVersion)))
    return { verdict: LineVerdict.NotAnEventLine };
  const content = `${line.slice(0, start)}}`;
  if (!isCanonicalContent(content)) return { verdict: LineVerdict.NotCanonical, hash: stated };
  const expected = eventHashOf({
    contentHash: hash('sha256', content, 'hex'),
    globalPosition: Number(globalPosition),
    previousHash: previous === 'null' ? null : previous.slice(1, -1),
    recordedAt,
    streamVersion: Number(streamVersion),
  });
  return { verdict: expected === stated ? LineVerdict.Holds : LineVerdict.HashDiffers, hash: stated };
}

const CONTENT_MEMBERS = ['data', 'eventId', 'metadata', 'schemaVersion', 'streamId', 'type'];

function isCanonicalContent(content: string): boolean {
  if (scansAsCanonicalContent(content)) return true;
  let parsed: Omit<AuditRecord, 'hash'>;
  try {
    parsed = JSON.parse(content) as Omit<AuditRecord, 'hash'>;
  } catch {
    return false;
  }
  const wellTyped =
    typeof parsed === 'object' &&
    parsed !== null &&
    typeof parsed.streamId === 'string' &&
    typeof parsed.eventId === 'string' &&
    typeof parsed.type === 'string' &&
    Number.isSafeInteger(parsed.schemaVersion);
  if (!wellTyped) return false;
  // JSON.stringify writes strings and numbers as RFC 8785 does, and members in the order parsed: with every
  // object's members already sorted, the same text is the canonical one. It is several times faster than
  // writing the content canonically, which stays the answer when it differs (members whose names are array
  // indices, which JSON.parse reorders).
  if (
    JSON.stringify(parsed) === content &&
    sameMembers(Object.keys(parsed), CONTENT_MEMBERS) &&
    membersSorted(parsed)
  ) {
    return true;
  }
  try {
    return eventContentJson(contentOf(parsed)) === content;
  } catch {
    return false;
  }
}

const sameMembers = (names: string[], expected: string[]) =>
  names.length === expected.length && names.every((name, index) => name === expected[index]);

function membersSorted(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(membersSorted);
  const names = Object.keys(value);
  for (let index = 1; index < names.length; index++) {
    if (names[index - 1] >= names[index]) return false;
  }
  return names.every((name) => membersSorted((value as Record<string, unknown>)[name]));
}
