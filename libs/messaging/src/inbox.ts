import { Migration, applyMigrations, schemaIdentifier, withTransaction } from '@hyeopchi/postgres';
import { Pool, PoolClient } from 'pg';
import { EventEnvelope } from './envelope';
import { PoisonEventError, RefusedEventError } from './poison';

/** Runs a consumer's effect inside the transaction that also records the event as processed. */
export type EventHandler = (event: EventEnvelope, tx: PoolClient) => Promise<void>;

/** Who consumes: its name (the inbox key), its effect, and who wants to hear of redeliveries it skipped. */
export interface InboxConsumer {
  name: string;
  handle: EventHandler;
  /**
   * Handles a delivered batch at once, when that is cheaper than one by one (a projection writing in one
   * transaction of its own); the events come in order, each once. Without it, `handle` takes them one by one.
   */
  handleBatch?(events: EventEnvelope[], tx: PoolClient): Promise<void>;
  onDuplicate?(event: EventEnvelope): void;
  /**
   * The only event types it acts on, when it names them: the others pass by with no transaction and no inbox row,
   * since where nothing happens there is nothing to deduplicate (a process manager that ignores supports costs a
   * popular proposal nothing per support).
   */
  eventTypes?: ReadonlySet<string>;
}

const inboxMigrations: readonly Migration[] = [
  {
    version: 1,
    up: (schema) => `
      CREATE TABLE ${schema}.inbox (
        consumer        text        NOT NULL,
        context         text        NOT NULL,
        event_id        uuid        NOT NULL,
        stream_id       text        NOT NULL,
        global_position bigint      NOT NULL,
        processed_at    timestamptz NOT NULL DEFAULT now(),
        -- event ids are unique within a context's store, not across contexts
        PRIMARY KEY (consumer, context, event_id)
      );`,
  },
];

/**
 * Deduplicates deliveries by event, in the consumer's own schema. The inbox row and the effect commit together,
 * so a redelivered event (a relay that republished, a rebalance, a retry) changes nothing.
 */
export class Inbox {
  private readonly claim: string;

  private constructor(
    private readonly pool: Pool,
    schemaName: string,
  ) {
    this.claim = `INSERT INTO ${schemaIdentifier(schemaName)}.inbox (consumer, context, event_id, stream_id, global_position)
      SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::text[], $5::bigint[])
      ON CONFLICT DO NOTHING RETURNING context, event_id`;
  }

  static async open(pool: Pool, schemaName: string): Promise<Inbox> {
    await applyMigrations(pool, schemaName, 'inbox', inboxMigrations);
    return new Inbox(pool, schemaName);
  }

  /**
   * Processes a delivered batch in order, in one transaction. When that fails, it processes the events one by
   * one, so the failing event is isolated: those before it commit, and the error is thrown at it (a handler's
   * PoisonEventError as a RefusedEventError naming the event).
   */
  async processAll(consumer: InboxConsumer, delivered: EventEnvelope[]): Promise<void> {
    const { eventTypes } = consumer;
    const events = eventTypes ? delivered.filter((event) => eventTypes.has(event.type)) : delivered;
    if (events.length > 1) {
      try {
        return await this.process(consumer, events);
      } catch {
        // fall through: find and isolate the failing event
      }
    }
    for (const event of events) {
      try {
        await this.process(consumer, [event]);
      } catch (error) {
        throw error instanceof PoisonEventError ? new RefusedEventError(event, error) : error;
      }
    }
  }

  private async process(consumer: InboxConsumer, events: EventEnvelope[]): Promise<void> {
    const duplicates = await withTransaction(this.pool, async (tx) => {
      const { rows } = await tx.query<{ context: string; event_id: string }>(this.claim, [
        consumer.name,
        events.map((event) => event.context),
        events.map((event) => event.eventId),
        events.map((event) => event.streamId),
        events.map((event) => event.globalPosition),
      ]);
      // A batch can hold the same event twice (a relay republished it): the claim keeps one, we handle it once.
      const claimed = new Set(rows.map((row) => key(row.context, row.event_id)));
      const fresh = events.filter((event) => claimed.delete(key(event.context, event.eventId)));
      if (consumer.handleBatch) await consumer.handleBatch(fresh, tx);
      else for (const event of fresh) await consumer.handle(event, tx);
      const handled = new Set(fresh);
      return events.filter((event) => !handled.has(event));
    });
    if (consumer.onDuplicate) duplicates.forEach((event) => consumer.onDuplicate!(event));
  }
}

function key(context: string, eventId: string): string {
  return `${context}/${eventId}`;
}
