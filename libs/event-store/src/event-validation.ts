import { canonicalJson, hashedContent } from '@hyeopchi/audit';
import { EventToAppend } from './event-store.port';
import { EventTooLargeError, EventStoreError, InvalidEventError } from './errors';

export const MAX_EVENT_BYTES = 1024 * 1024;
const MAX_STREAM_ID_LENGTH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+\.v[1-9][0-9]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** An event as every adapter stores it: checked, its id lowercased, its payloads canonical JSON (RFC 8785). */
export interface ValidatedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  dataJson: string;
  metadataJson: string;
  /** The content as the hash chain covers it, and its hash: equal hashes are equal events in the same stream. */
  contentJson: string;
  contentHash: string;
}

/**
 * Checks a batch before any I/O, serialising each payload exactly once, canonically, with the content hash the
 * append chains. Throws a typed error naming the first bad event.
 */
export function validateBatch(streamId: string, events: readonly EventToAppend[]): ValidatedEvent[] {
  assertStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) {
    throw new EventStoreError('NO_EVENTS', `an append to ${streamId} needs at least one event`);
  }
  return events.map((event, index) => validateEvent(streamId, event, index));
}

/** The batch as one JSON array for the append statement: each event's content with its hash. */
export function serialiseBatch(streamId: string, events: readonly EventToAppend[]): string {
  const rendered = validateBatch(streamId, events).map(
    // the content itself, with its hash: the append reads the members it needs by name
    ({ contentJson, contentHash }) => `${contentJson.slice(0, -1)},"contentHash":"${contentHash}"}`,
  );
  return `[${rendered.join(',')}]`;
}

function validateEvent(streamId: string, event: EventToAppend, index: number): ValidatedEvent {
  const content = checkedContent(streamId, event, `event #${index + 1}`);
  const { json, contentHash } = hashedContent(content);
  return { ...content, contentJson: json, contentHash };
}

/**
 * Throws the typed error the store would refuse `event` with, without hashing it: a consumer checks what it
 * received by the rules every stored event met.
 */
export function assertEventForm(streamId: string, event: EventToAppend): void {
  assertStreamId(streamId);
  checkedContent(streamId, event, 'the event');
}

function checkedContent(streamId: string, event: EventToAppend, where: string) {
  if (typeof event?.eventId !== 'string' || !UUID.test(event.eventId)) {
    throw new InvalidEventError('EVENT_ID_INVALID', `${where} needs an eventId that is a UUID`);
  }
  if (event.type === undefined || event.type === null || event.type === '') {
    throw new InvalidEventError('EVENT_TYPE_MISSING', `${where} (${event.eventId}) has no type`);
  }
  if (typeof event.type !== 'string' || !EVENT_TYPE.test(event.type)) {
    throw new InvalidEventError(
      'EVENT_TYPE_INVALID',
      `${where} (${event.eventId}) has type ${JSON.stringify(event.type)}; expected a dotted, versioned name such as proposal.submitted.v1`,
    );
  }
  const schemaVersion = event.schemaVersion ?? 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new InvalidEventError(
      'EVENT_UNSERIALISABLE',
      `${where} (${event.eventId}) has a schemaVersion that is not a positive integer`,
    );
  }
  const dataJson = strictJson(event.data, `${where} (${event.eventId}) data`);
  const metadataJson = strictJson(event.metadata ?? {}, `${where} (${event.eventId}) metadata`);
  if (!metadataJson.startsWith('{')) {
    throw new InvalidEventError(
      'EVENT_UNSERIALISABLE',
      `${where} (${event.eventId}) metadata must be an object`,
    );
  }
  const size = Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
  if (size > MAX_EVENT_BYTES) throw new EventTooLargeError(event.eventId, size, MAX_EVENT_BYTES);
  return {
    streamId,
    eventId: event.eventId.toLowerCase(),
    type: event.type,
    schemaVersion,
    dataJson,
    metadataJson,
  };
}

/** Canonical JSON, refusing what plain JSON.stringify would silently drop or mangle (functions, NaN, …). */
function strictJson(value: unknown, what: string): string {
  if (value === undefined) {
    throw new InvalidEventError('EVENT_UNSERIALISABLE', `${what} is missing or not serialisable as JSON`);
  }
  try {
    return canonicalJson(value);
  } catch (error) {
    throw new InvalidEventError(
      'EVENT_UNSERIALISABLE',
      `${what} is not serialisable as JSON: ${(error as Error).message}`,
    );
  }
}

export function assertStreamId(streamId: string): void {
  if (
    typeof streamId !== 'string' ||
    streamId.length === 0 ||
    streamId.length > MAX_STREAM_ID_LENGTH ||
    CONTROL_CHARACTERS.test(streamId)
  ) {
    throw new EventStoreError(
      'STREAM_ID_INVALID',
      `a stream id is a non-empty string of at most ${MAX_STREAM_ID_LENGTH} printable characters`,
    );
  }
}
