import { Migration, applyMigrations, schemaIdentifier, withTransaction } from '@hyeopchi/postgres';
import { Pool, PoolClient } from 'pg';
import { EventEnvelope } from './envelope';

/** Runs a consumer's effect inside the transaction that also records the event as processed. */
export type EventHandler = (event: EventEnvelope, tx: PoolClient) => Promise<void>;

const inboxMigrations: readonly Migration[] = [
  {
    version: 1,
    up: (schema) => `
      CREATE TABLE ${schema}.inbox (
        consumer        text        NOT NULL,
        event_id        uuid        NOT NULL,
        context         text        NOT NULL,
        stream_id       text        NOT NULL,
        global_position bigint      NOT NULL,
        processed_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      );`,
  },
];

/**
 * Deduplicates deliveries by event id, in the consumer's own schema. The inbox row and the effect commit
 * together, so a redelivered event (a relay that republished, a rebalance, a retry) changes nothing.
 */
export class Inbox {
  private readonly claim: string;
  private readonly claimMany: string;

  private constructor(
    private readonly pool: Pool,
    schemaName: string,
  ) {
    this.claim = `INSERT INTO ${schemaIdentifier(schemaName)}.inbox (consumer, event_id, context, stream_id, global_position)
      VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`;
    this.claimMany = `INSERT INTO ${schemaIdentifier(schemaName)}.inbox (consumer, event_id, context, stream_id, global_position)
      SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::bigint[])
      ON CONFLICT DO NOTHING RETURNING event_id`;
  }

  static async open(pool: Pool, schemaName: string): Promise<Inbox> {
    await applyMigrations(pool, schemaName, 'inbox', inboxMigrations);
    return new Inbox(pool, schemaName);
  }

  /**
   * Processes a delivered batch in order, in one transaction. When that fails, it processes the events one by
   * one, so the failing event is isolated: those before it commit, and the error is thrown at it.
   */
  async processAll(consumer: string, events: EventEnvelope[], handle: EventHandler): Promise<void> {
    if (events.length > 1) {
      try {
        return await this.processTogether(consumer, events, handle);
      } catch {
        // fall through: find and isolate the failing event
      }
    }
    for (const event of events) await this.processOnce(consumer, event, handle);
  }

  async processOnce(
    consumer: string,
    event: EventEnvelope,
    handle: EventHandler,
  ): Promise<'processed' | 'duplicate'> {
    return withTransaction(this.pool, async (tx) => {
      const { rowCount } = await tx.query(this.claim, [
        consumer,
        event.eventId,
        event.context,
        event.streamId,
        event.globalPosition,
      ]);
      if (rowCount === 0) return 'duplicate';
      await handle(event, tx);
      return 'processed';
    });
  }

  private async processTogether(
    consumer: string,
    events: EventEnvelope[],
    handle: EventHandler,
  ): Promise<void> {
    await withTransaction(this.pool, async (tx) => {
      const { rows } = await tx.query<{ event_id: string }>(this.claimMany, [
        consumer,
        events.map((event) => event.eventId),
        events.map((event) => event.context),
        events.map((event) => event.streamId),
        events.map((event) => event.globalPosition),
      ]);
      // A batch can hold the same event twice (a relay republished it): the claim keeps one, we handle it once.
      const claimed = new Set(rows.map((row) => row.event_id));
      for (const event of events) {
        if (claimed.delete(event.eventId)) await handle(event, tx);
      }
    });
  }
}
