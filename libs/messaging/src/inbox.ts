import { Migration, applyMigrations, schemaIdentifier } from '@hyeopchi/postgres';
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

  private constructor(
    private readonly pool: Pool,
    schemaName: string,
  ) {
    this.claim = `INSERT INTO ${schemaIdentifier(schemaName)}.inbox (consumer, event_id, context, stream_id, global_position)
      VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`;
  }

  static async open(pool: Pool, schemaName: string): Promise<Inbox> {
    await applyMigrations(pool, schemaName, 'inbox', inboxMigrations);
    return new Inbox(pool, schemaName);
  }

  async processOnce(
    consumer: string,
    event: EventEnvelope,
    handle: EventHandler,
  ): Promise<'processed' | 'duplicate'> {
    const tx = await this.pool.connect();
    try {
      await tx.query('BEGIN');
      const { rowCount } = await tx.query(this.claim, [
        consumer,
        event.eventId,
        event.context,
        event.streamId,
        event.globalPosition,
      ]);
      if (rowCount === 0) {
        await tx.query('ROLLBACK');
        return 'duplicate';
      }
      await handle(event, tx);
      await tx.query('COMMIT');
      return 'processed';
    } catch (error) {
      await tx.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      tx.release();
    }
  }
}
