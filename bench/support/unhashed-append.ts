import { eventLogMigrations } from '@hyeopchi/event-store';
import { applyMigrations } from '@hyeopchi/postgres';
import { Pool } from 'pg';
import { Append } from './appends';
import { proposalEvents } from './proposal-events';

/**
 * The append as it was before the hash chain (commit 6f8a4b6): the same checks of each event, JSON.stringify with
 * a refusing replacer, and one statement; no content hash in Node, no chain in PostgreSQL. Kept here only to
 * measure what hashing costs.
 */
export async function unhashedAppender(pool: Pool, schemaName: string): Promise<Append> {
  await applyMigrations(pool, schemaName, 'event-store', eventLogMigrations.slice(0, 1));
  const schema = `"${schemaName}"`;
  const text = `
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
    SELECT (SELECT max(stream_version) FROM appended) AS stream_version`;
  return async (streamId: string, batch: number, expectedVersion: number) => {
    const events = proposalEvents(batch);
    const json = `[${events
      .map(({ eventId, type, schemaVersion = 1, data, metadata = {} }) => {
        if (!UUID.test(eventId) || !EVENT_TYPE.test(type)) throw new Error('not an event');
        const [dataJson, metadataJson] = [strictJson(data), strictJson(metadata)];
        if (Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson) > 1024 * 1024)
          throw new Error('too large');
        const header = JSON.stringify({ eventId: eventId.toLowerCase(), type, schemaVersion });
        return `${header.slice(0, -1)},"data":${dataJson},"metadata":${metadataJson}}`;
      })
      .join(',')}]`;
    const { rows } = await pool.query({
      name: `${schemaName}.unhashed-append`,
      text,
      values: [streamId, 'exact', expectedVersion, json],
    });
    if (rows[0].stream_version === null) throw new Error(`${streamId} is not at version ${expectedVersion}`);
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+\.v[1-9][0-9]*$/;

/** As the store serialised payloads then: JSON.stringify with a replacer refusing what JSON cannot hold. */
function strictJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'function' || typeof inner === 'symbol') throw new TypeError('not JSON');
    if (typeof inner === 'number' && !Number.isFinite(inner)) throw new TypeError('not JSON');
    return inner;
  });
}
