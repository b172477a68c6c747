import { EventStoreError, assertEventForm } from '@hyeopchi/event-store';
import { EventEnvelope } from './envelope';

/** Why a message can never be applied, as the dead-letter topic and the metric name it. */
export type PoisonReason =
  | 'not-a-cloud-event'
  | 'malformed-json'
  | 'invalid-event'
  | 'unknown-event-type'
  | 'unknown-schema-version'
  | 'refused-by-handler';

/**
 * A message that no retry can apply: the same bytes fail the same way each time. The Kafka bus sends it to the
 * dead-letter topic and goes on. A handler may throw it (reason `refused-by-handler`) for an event it can never
 * apply; any other error is taken as transient and retried.
 */
export class PoisonEventError extends Error {
  constructor(
    readonly reason: PoisonReason,
    detail: string,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** A handler's PoisonEventError with the event it refused, so that the bus dead-letters that event's message. */
export class RefusedEventError extends Error {
  constructor(
    readonly event: EventEnvelope,
    readonly poison: PoisonEventError,
  ) {
    super(`${event.type} ${event.eventId} refused: ${poison.message}`);
    this.name = new.target.name;
  }
}

/** What this process knows of the events it reads (the platform's contexts: @hyeopchi/event-revisions). */
export interface KnownEvents {
  /** The event types `context` records, or undefined for a context not catalogued here (a test's, a bench's). */
  typesOf(context: string): ReadonlySet<string> | undefined;
  /** The newest revision of `type` this process reads; older ones upcast, newer ones it cannot read. */
  currentRevision(context: string, type: string): number;
}

/**
 * Throws a PoisonEventError for a decoded event this consumer can never apply: one the store would have refused,
 * or of a type or revision this process does not know (a newer producer's, or a foreign one's).
 */
export function assertApplicable(event: EventEnvelope, known: KnownEvents | undefined): void {
  try {
    assertEventForm(event.streamId, event);
  } catch (error) {
    if (error instanceof EventStoreError) throw new PoisonEventError('invalid-event', error.message);
    throw error;
  }
  const types = known?.typesOf(event.context);
  if (!known || !types) return;
  if (!types.has(event.type)) {
    throw new PoisonEventError('unknown-event-type', `the ${event.context} context records no ${event.type}`);
  }
  const newest = known.currentRevision(event.context, event.type);
  if (event.schemaVersion > newest) {
    throw new PoisonEventError(
      'unknown-schema-version',
      `${event.type} revision ${event.schemaVersion} is newer than ${newest}, the newest this consumer reads`,
    );
  }
}
