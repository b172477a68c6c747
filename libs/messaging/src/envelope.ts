import { RecordedEvent } from '@hyeopchi/event-store';

/** A stored event as consumers see it, whichever bus carried it: the event plus the context that owns it. */
export interface EventEnvelope extends RecordedEvent {
  context: string;
}

const CONTEXT_NAME = /^[a-z][a-z0-9-]*$/;

/** Kafka topic of a context's events; one stream's events share a key, so they stay ordered in one partition. */
export function topicOf(context: string): string {
  if (!CONTEXT_NAME.test(context)) throw new Error(`"${context}" is not a context name (a-z, 0-9, -)`);
  return `hyeopchi.${context}.events`;
}
