import { EventEnvelope } from './envelope';
import { PoolClient } from 'pg';
import { EventHandler } from './inbox';

export interface EventSubscription {
  /** Names the consumer: its Kafka group, its checkpoint, its inbox rows. Keep it stable across restarts. */
  name: string;
  /** The consumer's own schema, where its inbox lives next to its effects. */
  schema: string;
  /** The contexts whose events it wants, e.g. `civic`. */
  contexts: string[];
  handle: EventHandler;
  /** Handles a delivered batch at once instead (see InboxConsumer.handleBatch). */
  handleBatch?(events: EventEnvelope[], tx: PoolClient): Promise<void>;
  /** Told of each redelivered event the inbox skipped (for metrics and tests); the effect is not run again. */
  onDuplicate?(event: EventEnvelope): void;
  /** The only event types it acts on, when it names them; the others pass by (InboxConsumer.eventTypes). */
  eventTypes?: ReadonlySet<string>;
}

export interface RunningSubscription {
  stop(): Promise<void>;
}

/**
 * How services share events. The contract, for every adapter: each event reaches a subscription at least once
 * and its effect happens once (inbox); one stream's events arrive in order; a handler that throws is retried
 * with the same event and nothing after it in that stream overtakes it.
 */
export interface EventBus {
  subscribe(subscription: EventSubscription): Promise<RunningSubscription>;
}

export type BusErrorListener = (error: unknown, where: string) => void;
