import { Migration } from '@hyeopchi/postgres';
import { RECORDED_AT_TEXT } from './event-log.sql';
import { chainStoredEvents } from './hash-chain-backfill';

/** SQLSTATE raised when anything tries to change or remove a stored event. */
export const APPEND_ONLY_VIOLATION = 'EV001';

export const eventLogMigrations: readonly Migration[] = [
  {
    version: 1,
    up: (schema) => `
      CREATE TABLE ${schema}.events (
        global_position bigint GENERATED ALWAYS AS IDENTITY,
        transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
        stream_id       text        NOT NULL,
        stream_version  bigint      NOT NULL CHECK (stream_version > 0),
        event_id        uuid        NOT NULL,
        event_type      text        NOT NULL,
        schema_version  int         NOT NULL DEFAULT 1,
        data            jsonb       NOT NULL,
        metadata        jsonb       NOT NULL DEFAULT '{}',
        recorded_at     timestamptz NOT NULL,
        CONSTRAINT events_pkey PRIMARY KEY (stream_id, stream_version),
        CONSTRAINT events_event_id_key UNIQUE (event_id)
      );
      CREATE INDEX events_commit_order ON ${schema}.events (transaction_id, global_position);

      CREATE TABLE ${schema}.checkpoints (
        name            text        PRIMARY KEY,
        transaction_id  xid8        NOT NULL,
        global_position bigint      NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      );

      CREATE FUNCTION ${schema}.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the event log is append-only: % on %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
          USING ERRCODE = '${APPEND_ONLY_VIOLATION}';
      END $$;
      CREATE TRIGGER events_refuse_update_delete BEFORE UPDATE OR DELETE ON ${schema}.events
        FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_event_change();
      CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON ${schema}.events
        FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_event_change();
    `,
  },
  {
    // The per-stream hash chain (docs/audit.md). Events stored before it are chained by the backfill. The
    // append is a function so that the chain is a loop over plain expressions with one cached insert plan.
    version: 2,
    up: (schema) => `
      ALTER TABLE ${schema}.events ADD COLUMN hash bytea;

      CREATE FUNCTION ${schema}.append_events(stream text, expected_kind text, expected_version bigint, batch jsonb,
        OUT current_version bigint, OUT stream_version bigint, OUT global_position bigint)
      LANGUAGE plpgsql AS $$
      DECLARE
        previous_hash bytea;
        expectation_holds boolean;
        recorded_at timestamptz := clock_timestamp();
        recorded_at_text text := ${RECORDED_AT_TEXT('recorded_at')};
        size int := jsonb_array_length(batch);
        positions bigint[] := '{}';
        hashes bytea[] := '{}';
      BEGIN
        SELECT e.stream_version, e.hash INTO current_version, previous_hash
        FROM ${schema}.events e WHERE e.stream_id = stream ORDER BY e.stream_version DESC LIMIT 1;
        current_version := coalesce(current_version, 0);
        expectation_holds := CASE expected_kind
          WHEN 'any' THEN true
          WHEN 'no_stream' THEN current_version = 0
          WHEN 'stream_exists' THEN current_version > 0
          ELSE current_version = expected_version END;
        IF NOT expectation_holds THEN
          RETURN;
        END IF;
        FOR i IN 1 .. size LOOP
          positions[i] := nextval('${schema}.events_global_position_seq');
          -- the link is ASCII without backslashes, so the text is its own bytea
          previous_hash := sha256((
            '{"contentHash":"' || (batch -> (i - 1) ->> 'contentHash') || '","globalPosition":' || positions[i]
            || ',"previousHash":' || coalesce('"' || encode(previous_hash, 'hex') || '"', 'null')
            || ',"recordedAt":"' || recorded_at_text || '","streamVersion":' || (current_version + i) || '}'
            )::bytea);
          hashes[i] := previous_hash;
        END LOOP;
        INSERT INTO ${schema}.events AS e (global_position, stream_id, stream_version, event_id, event_type,
                                           schema_version, data, metadata, recorded_at, hash)
        OVERRIDING SYSTEM VALUE
        SELECT positions[b.i], stream, current_version + b.i, (b.value->>'eventId')::uuid, b.value->>'type',
               (b.value->>'schemaVersion')::int, b.value->'data', b.value->'metadata', recorded_at, hashes[b.i]
        FROM jsonb_array_elements(batch) WITH ORDINALITY AS b(value, i);
        stream_version := current_version + size;
        global_position := positions[size];
      END $$;
    `,
    afterwards: chainStoredEvents,
  },
  {
    // Signed checkpoints of the log's Merkle tree (docs/audit.md), append-only like the events: a tree size has
    // one root, and the last leaf's place in the log says where the next checkpoint continues.
    version: 3,
    up: (schema) => `
      CREATE TABLE ${schema}.signed_checkpoints (
        tree_size       bigint      PRIMARY KEY CHECK (tree_size > 0),
        root_hash       bytea       NOT NULL CHECK (octet_length(root_hash) = 32),
        signed_note     text        NOT NULL,
        transaction_id  xid8        NOT NULL,
        global_position bigint      NOT NULL,
        frontier        jsonb       NOT NULL,
        signed_at       timestamptz NOT NULL DEFAULT now()
      );
      CREATE TRIGGER signed_checkpoints_refuse_update_delete BEFORE UPDATE OR DELETE
        ON ${schema}.signed_checkpoints FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_event_change();
      CREATE TRIGGER signed_checkpoints_refuse_truncate BEFORE TRUNCATE
        ON ${schema}.signed_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_event_change();
    `,
  },
];
