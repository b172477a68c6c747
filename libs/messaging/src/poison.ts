import { EventStoreError, assertEventForm } from '@hyeopchi/event-store';
import { EventEnvelope } from './envelope';

/** Why a message can never be applied, as the dead-letter topic and the metric name it. */
export const POISON_REASONS = [
  'not-a-cloud-event',
  'malformed-json',
  'invalid-event',
  'unknown-event-type',
  'unknown-schema-version',
  'refused-by-handler',
] as const;
export type PoisonReason = (typeof POISON_REASONS)[number];

/**
 * A message that no retry can apply: the same bytes fail the same way each time. The Kafka bus sends it to the
 * dead-letter topic and goes on. Any other error is taken as transient and retried.
 *
 * It is also the handlers' extension point: a handler throws it (reason `refused-by-handler`) for an event that
 * its code can never apply, so that the partition goes on and an operator replays the letter after the fix,
 * rather than the whole partition waiting for a redeploy.
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

/** Throws a PoisonEventError for a decoded event that the store would have refused: no version can apply it. */
export function assertApplicable(event: EventEnvelope): void {
  try {
    assertEventForm(event.streamId, event);
  } catch (error) {
    if (error instanceof EventStoreError) throw new PoisonEventError('invalid-event', error.message);
    throw error;
  }
}
