/** An event's recorded time as its hash covers it: UTC, microseconds, `2026-11-27T10:00:00.123456Z`. */
export const RECORDED_AT_TEXT = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The statements of the PostgreSQL event log, for one schema (already quoted). */
export function eventLogStatements(schema: string) {
  // Hazard: the text alias of transaction_id would shadow the column in ORDER BY (sorting xids as strings, out of
  // commit order, and off the index). Statements that order or filter by it qualify it with the table alias `e`.
  const columns = `e.global_position, e.transaction_id::text AS transaction_id, e.stream_id, e.stream_version,
    e.event_id, e.event_type, e.schema_version, e.data, e.metadata, e.recorded_at`;
  // Gap safety: (transaction_id, global_position) is the order ids were handed out, not commit order; it is safe
  // to read in because only transactions below the horizon (below) are returned, and those can no longer commit:
  // nothing can appear before the rows returned here after we have read them.
  const committedAfter = (
    horizonParameter: string,
  ) => `(e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
    AND e.transaction_id < ${horizonParameter}::xid8`;
  // The log's horizon, for every read of the global log: the oldest transaction id still running among the
  // log's writers, or else the next id to be handed out. Unlike the snapshot's xmin, a long transaction elsewhere
  // in the cluster (another schema, another database) does not hold it back. A writer locks the table or its
  // position sequence for writing before it gets an id, so an id before the horizon can no longer add rows once
  // this statement has run: run the read after it, so that the writers it saw finishing are visible to the read.
  // Hazard: that holds because an append is a transaction of its own (appendToStream). A transaction that wrote
  // elsewhere first and then appended could get its id unseen, and a reader could pass it.
  // pg_locks shows 32-bit xids: each is widened against the snapshot's xmax (every running id lies within 2^31
  // before it; later ones are ignored, the xmax bounds them).
  const horizon = `
    WITH next AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xid),
    locks AS MATERIALIZED (SELECT locktype, database, relation, transactionid, virtualtransaction, mode, granted
      FROM pg_locks),
    writers AS (
      SELECT (next.xid % 4294967296 - own.transactionid::text::bigint + 4294967296) % 4294967296 AS behind
      FROM locks touching
      JOIN locks own ON own.virtualtransaction = touching.virtualtransaction
        AND own.locktype = 'transactionid' AND own.mode = 'ExclusiveLock' AND own.granted
      CROSS JOIN next
      WHERE touching.locktype = 'relation' AND touching.mode <> 'AccessShareLock'
        AND touching.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND touching.relation IN ('${schema}.events'::regclass, '${schema}.events_global_position_seq'::regclass))
    SELECT (next.xid - coalesce(max(writers.behind) FILTER (WHERE writers.behind <= 2147483648), 0))::text
      AS horizon
    FROM next LEFT JOIN writers ON true GROUP BY next.xid`;
  const auditColumns = `${columns}, encode(e.hash, 'hex') AS hash, ${RECORDED_AT_TEXT('e.recorded_at')} AS recorded_at_text`;
  return {
    // One round trip: the function (migration 2) reads the stream's last version and hash, checks the
    // expectation, chains the hashes and inserts. A concurrent append to the same stream makes this one fail on
    // the primary key, never interleave with it. The versions are null when the expectation does not hold.
    append: `SELECT current_version, stream_version, global_position FROM ${schema}.append_events($1, $2, $3, $4)`,
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
    horizon,
    readAll: `SELECT ${columns} FROM ${schema}.events e
      WHERE ${committedAfter('$4')} ORDER BY e.transaction_id, e.global_position LIMIT $3`,
    readAuditLog: `SELECT ${auditColumns} FROM ${schema}.events e
      WHERE ${committedAfter('$4')} ORDER BY e.transaction_id, e.global_position LIMIT $3`,
    readStreamAudit: `SELECT ${auditColumns} FROM ${schema}.events e
      WHERE e.stream_id = $1 ORDER BY e.stream_version`,
    readEventAudit: `SELECT ${auditColumns} FROM ${schema}.events e WHERE e.event_id = $1`,
    eventHash: `SELECT encode(hash, 'hex') AS hash FROM ${schema}.events WHERE stream_id = $1 AND stream_version = $2`,
    countAfter: `SELECT count(*) AS count FROM ${schema}.events e WHERE ${committedAfter('$3')}`,
    readCheckpoint: `SELECT transaction_id::text AS transaction_id, global_position
      FROM ${schema}.checkpoints WHERE name = $1`,
    storeCheckpoint: `INSERT INTO ${schema}.checkpoints (name, transaction_id, global_position) VALUES ($1, $2::xid8, $3)
      ON CONFLICT (name) DO UPDATE
      SET transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()`,
    signedCheckpoints: `SELECT tree_size, signed_note, transaction_id::text AS transaction_id, global_position, frontier
      FROM ${schema}.signed_checkpoints WHERE tree_size >= $1 ORDER BY tree_size`,
    latestSignedCheckpoint: `SELECT tree_size, signed_note, transaction_id::text AS transaction_id, global_position,
        frontier
      FROM ${schema}.signed_checkpoints ORDER BY tree_size DESC LIMIT 1`,
    storeSignedCheckpoint: `INSERT INTO ${schema}.signed_checkpoints
      (tree_size, root_hash, signed_note, transaction_id, global_position, frontier)
      VALUES ($1, $2, $3, $4::xid8, $5, $6)`,
  };
}

export interface SignedCheckpointRow {
  tree_size: string;
  signed_note: string;
  transaction_id: string;
  global_position: string;
  frontier: { size: number; peaks: string[] };
}

export interface AuditRow extends EventRow {
  hash: string;
  recorded_at_text: string;
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
