import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@hyeopchi/messaging';

/**
 * An event as a consumer receives it, made up for a test: the first of a stream of its own, in the chain
 * `correlationId`.
 */
export function syntheticEvent(
  context: string,
  type: string,
  data: object,
  { correlationId, recordedAt = new Date() }: { correlationId: string; recordedAt?: Date },
): EventEnvelope {
  return {
    context,
    streamId: `synthetic-${randomUUID()}`,
    streamVersion: 1,
    globalPosition: 1,
    transactionId: '1',
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { correlationId },
    recordedAt,
  };
}
