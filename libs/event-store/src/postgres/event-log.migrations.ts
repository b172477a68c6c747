import { Migration } from '@hyeopchi/postgres';

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
];
