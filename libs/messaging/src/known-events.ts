import { EventEnvelope } from './envelope';
import { PoisonReason } from './poison';

/** What this process knows of the events it reads (the platform's contexts: @hyeopchi/event-revisions). */
export interface KnownEvents {
  /** The event types `context` records, or undefined for a context not catalogued here (a test's, a bench's). */
  typesOf(context: string): ReadonlySet<string> | undefined;
  /** The newest revision of `type` this process reads; older ones upcast, newer ones it cannot read. */
  currentRevision(context: string, type: string): number;
}

/**
 * An event of a known context that this version cannot read yet: a newer producer's type or revision, met during
 * a rolling upgrade. Transient for a while: the consumer waits on it (its lag grows) until a newer version of it
 * takes over, or, past the wait it allows for an upgrade, sends it to the dead-letter topic and carries on.
 */
export class NewerEventError extends Error {
  constructor(
    readonly event: EventEnvelope,
    detail: string,
  ) {
    super(
      `${event.context} event ${event.eventId} at ${event.streamId}@${event.streamVersion}: ${detail}; ` +
        'waiting for this consumer to be upgraded',
    );
    this.name = new.target.name;
  }
}

/** Why this process cannot read an event of a catalogued context yet. */
export interface Unreadable {
  reason: Extract<PoisonReason, 'unknown-event-type' | 'unknown-schema-version'>;
  detail: string;
}

/** Why this process cannot read an event of a catalogued context yet (its type or revision is newer), if so. */
export function newerThanKnown(event: EventEnvelope, known: KnownEvents | undefined): Unreadable | undefined {
  const types = known?.typesOf(event.context);
  if (!known || !types) return undefined;
  if (!types.has(event.type)) {
    return {
      reason: 'unknown-event-type',
      detail: `the ${event.context} context records no ${event.type} in this version`,
    };
  }
  const newest = known.currentRevision(event.context, event.type);
  if (event.schemaVersion > newest) {
    return {
      reason: 'unknown-schema-version',
      detail: `${event.type} revision ${event.schemaVersion} is newer than ${newest}, the newest this consumer reads`,
    };
  }
  return undefined;
}
