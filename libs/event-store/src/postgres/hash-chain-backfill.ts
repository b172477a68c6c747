import { expectedEventHash } from '@hyeopchi/audit';
import { PoolClient } from 'pg';
import { RECORDED_AT_TEXT } from './event-log.sql';

const PAGE = 1_000;

interface StoredRow {
  stream_id: string;
  stream_version: string;
  global_position: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  recorded_at_text: string;
}

/**
 * Chains the events a log held before it had hashes, stream by stream, exactly as an append would have: the
 * migration that adds the column calls it once, in its own transaction, with the append-only guard lifted.
 */
export async function chainStoredEvents(tx: PoolClient, schema: string): Promise<void> {
  await tx.query(`ALTER TABLE ${schema}.events DISABLE TRIGGER events_refuse_update_delete`);
  let after = { streamId: '', version: 0 };
  let previous: Buffer | null = null;
  for (;;) {
    const { rows } = await tx.query<StoredRow>(
      `SELECT stream_id, stream_version, global_position, event_id, event_type, schema_version, data, metadata,
              ${RECORDED_AT_TEXT('recorded_at')} AS recorded_at_text
       FROM ${schema}.events WHERE (stream_id, stream_version) > ($1, $2)
       ORDER BY stream_id, stream_version LIMIT ${PAGE}`,
      [after.streamId, after.version],
    );
    if (rows.length === 0) break;
    const hashes = rows.map((row) => {
      const streamVersion = Number(row.stream_version);
      if (streamVersion === 1) previous = null;
      previous = expectedEventHash(
        {
          streamId: row.stream_id,
          streamVersion,
          globalPosition: Number(row.global_position),
          eventId: row.event_id,
          type: row.event_type,
          schemaVersion: row.schema_version,
          data: row.data,
          metadata: row.metadata as Record<string, unknown>,
          recordedAt: row.recorded_at_text,
        },
        previous,
      );
      return previous;
    });
    await tx.query(
      `UPDATE ${schema}.events e SET hash = h.hash
       FROM unnest($1::text[], $2::bigint[], $3::bytea[]) AS h(stream_id, stream_version, hash)
       WHERE e.stream_id = h.stream_id AND e.stream_version = h.stream_version`,
      [rows.map((row) => row.stream_id), rows.map((row) => row.stream_version), hashes],
    );
    const last = rows[rows.length - 1];
    after = { streamId: last.stream_id, version: Number(last.stream_version) };
  }
  await tx.query(`ALTER TABLE ${schema}.events ENABLE TRIGGER events_refuse_update_delete`);
  await tx.query(`ALTER TABLE ${schema}.events ALTER COLUMN hash SET NOT NULL`);
}
