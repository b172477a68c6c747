import { RecordedEvent } from '@hyeopchi/event-store';

/** A stored event as consumers see it, whichever bus carried it: the event plus the context that owns it. */
export interface EventEnvelope extends RecordedEvent {
  context: string;
}

const CONTEXT_NAME = /^[a-z][a-z0-9-]*$/;

/** Topics and consumer groups are named under a namespace, so several deployments (or test runs) share a cluster. */
export const DEFAULT_TOPIC_NAMESPACE = 'hyeopchi';

/** Kafka topic of a context's events; one stream's events share a key, so they stay ordered in one partition. */
export function topicOf(context: string, namespace = DEFAULT_TOPIC_NAMESPACE): string {
  if (!CONTEXT_NAME.test(context)) throw new Error(`"${context}" is not a context name (a-z, 0-9, -)`);
  return `${namespace}.${context}.events`;
}
