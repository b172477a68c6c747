/** The statements of the PostgreSQL event log, for one schema (already quoted). */
export function eventLogStatements(schema: string) {
  // Hazard: the text alias of transaction_id would shadow the column in ORDER BY (sorting xids as strings, out of
  // commit order, and off the index). Statements that order or filter by it qualify it with the table alias `e`.
  const columns = `e.global_position, e.transaction_id::text AS transaction_id, e.stream_id, e.stream_version,
    e.event_id, e.event_type, e.schema_version, e.data, e.metadata, e.recorded_at`;
  return {
    // One round trip: read the stream's version, check the expectation, insert the batch. A concurrent append
    // to the same stream makes this one fail on the primary key, never interleave with it.
    append: `
      WITH current AS (
        SELECT coalesce(max(stream_version), 0) AS version, clock_timestamp() AS now
        FROM ${schema}.events WHERE stream_id = $1
      ), allowed AS (
        SELECT version, now FROM current
        WHERE CASE $2::text
          WHEN 'any' THEN true
          WHEN 'no_stream' THEN version = 0
          WHEN 'stream_exists' THEN version > 0
          ELSE version = $3::bigint END
      ), appended AS (
        INSERT INTO ${schema}.events
          (stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at)
        SELECT $1, allowed.version + e.ordinality, (e.value->>'eventId')::uuid, e.value->>'type',
               (e.value->>'schemaVersion')::int, e.value->'data', e.value->'metadata', allowed.now
        FROM allowed, jsonb_array_elements($4::jsonb) WITH ORDINALITY AS e(value, ordinality)
        ORDER BY e.ordinality
        RETURNING stream_version, global_position
      )
      SELECT (SELECT version FROM current) AS current_version,
             (SELECT max(stream_version) FROM appended) AS stream_version,
             (SELECT max(global_position) FROM appended) AS global_position`,
    // For a refused append: which of its event ids are stored already, and with the same content?
    storedCopies: `
      SELECT e.stream_version, e.global_position, e.event_id,
             (e.stream_id = $1 AND e.event_type = i.value->>'type'
               AND e.schema_version = (i.value->>'schemaVersion')::int
               AND e.data = i.value->'data' AND e.metadata = i.value->'metadata') AS same
      FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS i(value, ordinality)
      JOIN ${schema}.events e ON e.event_id = (i.value->>'eventId')::uuid
      ORDER BY i.ordinality`,
    streamVersion: `SELECT coalesce(max(stream_version), 0) AS version FROM ${schema}.events WHERE stream_id = $1`,
    readForwards: `SELECT ${columns} FROM ${schema}.events e
      WHERE e.stream_id = $1 AND e.stream_version >= $2 ORDER BY e.stream_version LIMIT $3`,
    readBackwards: `SELECT ${columns} FROM ${schema}.events e
      WHERE e.stream_id = $1 AND e.stream_version <= $2 ORDER BY e.stream_version DESC LIMIT $3`,
    readAsOfPosition: `SELECT ${columns} FROM ${schema}.events e
      WHERE e.stream_id = $1 AND e.global_position <= $2 ORDER BY e.stream_version`,
    // Callers hold JavaScript dates (milliseconds); the log keeps microseconds. "As of 12:00:00.123" includes
    // everything recorded within that millisecond.
    readAsOfTime: `SELECT ${columns} FROM ${schema}.events e
      WHERE e.stream_id = $1 AND e.recorded_at < $2::timestamptz + interval '1 millisecond' ORDER BY e.stream_version`,
    // Gap safety: (transaction_id, global_position) is the order ids were handed out, not commit order; it is safe
    // to read in because only transactions below the oldest one still running are returned, and those can no
    // longer commit: nothing can appear before the rows returned here after we have read them.
    readAll: `SELECT ${columns} FROM ${schema}.events e
      WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
        AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY e.transaction_id, e.global_position LIMIT $3`,
    countAfter: `SELECT count(*) AS count FROM ${schema}.events
      WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
        AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())`,
    readCheckpoint: `SELECT transaction_id::text AS transaction_id, global_position
      FROM ${schema}.checkpoints WHERE name = $1`,
    storeCheckpoint: `INSERT INTO ${schema}.checkpoints (name, transaction_id, global_position) VALUES ($1, $2::xid8, $3)
      ON CONFLICT (name) DO UPDATE
      SET transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()`,
  };
}

export type EventLogStatements = ReturnType<typeof eventLogStatements>;

export interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}
