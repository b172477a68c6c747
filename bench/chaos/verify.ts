import { CONTEXTS } from '@hyeopchi/context-names';
import { reviewIdFor } from '@hyeopchi/department/contract';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { activeSchema, rebuildReadModels } from '@hyeopchi/gateway';
import { Pool } from 'pg';
import { publishedEventIds } from './published';
import { SentCommand } from './load';
import { TIER_REACHED, unappliedEvents } from './settling';

/** One thing found wrong, with what it concerns: a command id, an event id, a table. */
export interface Finding {
  check: string;
  subject: string;
  detail: string;
}

export interface ChaosVerification {
  acknowledged: number;
  eventsStored: number;
  eventsPublished: number;
  /** Acknowledged commands, events or effects missing somewhere: in the store, on Kafka, in a consumer. */
  lost: Finding[];
  /** Commands that acted twice, effects applied twice. */
  duplicated: Finding[];
  /** Refused commands that wrote anyway, read models that differ from a rebuild. */
  inconsistent: Finding[];
}

export interface VerifyOptions {
  pool: Pool;
  databaseUrl: string;
  brokers: string[];
  namespace: string;
  sent: SentCommand[];
  departments: string[];
}

interface StoredEvent {
  context: string;
  event_id: string;
  stream_id: string;
  event_type: string;
  command_id: string | null;
}

/**
 * For every acknowledged command: its events stored once, published, applied once by the gateways' projector
 * and by the department's router; and the live read models equal to a fresh rebuild from the log.
 */
export async function verify(options: VerifyOptions): Promise<ChaosVerification> {
  const { pool, sent } = options;
  const stored = await storedEvents(pool);
  const lost: Finding[] = [];
  const duplicated: Finding[] = [];
  const inconsistent: Finding[] = [];

  const byCommand = new Map<string, StoredEvent[]>();
  for (const event of stored) {
    if (event.command_id)
      byCommand.set(event.command_id, [...(byCommand.get(event.command_id) ?? []), event]);
  }
  const acknowledged = sent.filter((command) => command.code === null);
  for (const command of acknowledged) {
    const events = byCommand.get(command.commandId) ?? [];
    if (events.length === 0) lost.push(finding('stored', command.commandId, command.mutation.name));
    const kinds = events.map((event) => `${event.stream_id} ${event.event_type}`);
    for (const kind of new Set(kinds)) {
      const times = kinds.filter((other) => other === kind).length;
      if (times > 1) duplicated.push(finding('stored once', command.commandId, `${kind} ${times} times`));
    }
  }
  for (const command of sent.filter((each) => each.code !== null && each.code !== 'UNANSWERED')) {
    if (byCommand.has(command.commandId)) {
      inconsistent.push(finding('refused wrote nothing', command.commandId, command.code!));
    }
  }

  const published = await publishedEventIds(options.brokers, options.namespace);
  for (const event of stored) {
    if (!published.has(event.event_id)) lost.push(finding('published', event.event_id, event.event_type));
  }

  const unapplied = await unappliedEvents(pool);
  if (unapplied > 0) lost.push(finding('applied', 'projector and router', `${unapplied} events not applied`));
  const live = await activeSchema(pool);
  await checkStreamPositions(pool, live, stored, lost, duplicated);
  await checkSupportCounts(pool, live, stored, lost, duplicated);
  checkReviews(stored, options.departments, lost, duplicated);
  inconsistent.push(...(await compareWithRebuild(options, live)));

  return {
    acknowledged: acknowledged.length,
    eventsStored: stored.length,
    eventsPublished: published.size,
    lost,
    duplicated,
    inconsistent,
  };
}

const finding = (check: string, subject: string, detail: string): Finding => ({ check, subject, detail });

async function storedEvents(pool: Pool): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for (const context of CONTEXTS) {
    const { rows } = await pool.query<StoredEvent>(
      `SELECT $1::text AS context, event_id, stream_id, event_type, metadata->>'commandId' AS command_id
       FROM ${context}.events`,
      [context],
    );
    all.push(...rows);
  }
  return all;
}

/** The projector's position in each stream is the stream's version: no event skipped, none beyond. */
async function checkStreamPositions(
  pool: Pool,
  live: string,
  stored: StoredEvent[],
  lost: Finding[],
  duplicated: Finding[],
): Promise<void> {
  const { rows } = await pool.query<{ context: string; stream_id: string; version: string }>(
    `SELECT context, stream_id, version FROM "${live}".projected_streams`,
  );
  const projected = new Map(rows.map((row) => [`${row.context}/${row.stream_id}`, Number(row.version)]));
  const versions = new Map<string, number>();
  for (const event of stored) {
    const key = `${event.context}/${event.stream_id}`;
    versions.set(key, (versions.get(key) ?? 0) + 1);
  }
  for (const [stream, version] of versions) {
    const at = projected.get(stream) ?? 0;
    if (at < version) lost.push(finding('projected', stream, `projected to ${at} of ${version}`));
    if (at > version) duplicated.push(finding('projected', stream, `projected to ${at} of ${version}`));
  }
}

/** Each stored support counted once in its proposal's row: the load never withdraws one. */
async function checkSupportCounts(
  pool: Pool,
  live: string,
  stored: StoredEvent[],
  lost: Finding[],
  duplicated: Finding[],
): Promise<void> {
  const supports = new Map<string, number>();
  for (const event of stored.filter((each) => each.event_type === 'proposal.supported.v1')) {
    const proposalId = event.stream_id.slice('proposal-'.length);
    supports.set(proposalId, (supports.get(proposalId) ?? 0) + 1);
  }
  const { rows } = await pool.query<{ id: string; supports: number }>(
    `SELECT id, supports FROM "${live}".proposals WHERE id = ANY($1)`,
    [[...supports.keys()]],
  );
  const counted = new Map(rows.map((row) => [row.id, row.supports]));
  for (const [proposalId, count] of supports) {
    const shown = counted.get(proposalId) ?? 0;
    if (shown < count) lost.push(finding('support counted', proposalId, `${shown} shown of ${count}`));
    if (shown > count) duplicated.push(finding('support counted', proposalId, `${shown} shown of ${count}`));
  }
}

/** Every tier reached opened one review in each department the proposal asks, exactly once. */
function checkReviews(
  stored: StoredEvent[],
  departments: string[],
  lost: Finding[],
  duplicated: Finding[],
): void {
  const reached = stored
    .filter((event) => event.event_type === TIER_REACHED)
    .map((event) => event.stream_id.slice('proposal-'.length));
  const opened = new Map<string, number>();
  for (const event of stored.filter((each) => each.event_type === 'review.opened.v1')) {
    opened.set(event.stream_id, (opened.get(event.stream_id) ?? 0) + 1);
  }
  for (const proposalId of reached) {
    for (const department of departments) {
      const stream = `review-${reviewIdFor(proposalId, department)}`;
      const times = opened.get(stream) ?? 0;
      if (times === 0) lost.push(finding('review opened', proposalId, department));
      if (times > 1) duplicated.push(finding('review opened', proposalId, `${department} ${times} times`));
    }
  }
  const expected = reached.length * departments.length;
  if (opened.size > expected) {
    duplicated.push(finding('review opened', 'all', `${opened.size} reviews for ${expected} expected`));
  }
}

/** Rebuilds the read models from the log into a new schema and compares every table, row by row. */
async function compareWithRebuild({ pool, databaseUrl }: VerifyOptions, live: string): Promise<Finding[]> {
  const stores = new Map(
    await Promise.all(
      CONTEXTS.map(async (context) => [context, await PostgresEventStore.open(pool, context)] as const),
    ),
  );
  const { schema } = await rebuildReadModels({ url: databaseUrl, pool, stores });
  const { rows: tables } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'inbox'
     ORDER BY 1`,
    [schema],
  );
  const rowsOf = async (from: string, table: string) =>
    new Set(
      (
        await pool.query<{ row: string }>(
          `SELECT (to_jsonb(t) - 'updated_at')::text AS row FROM "${from}"."${table}" t`,
        )
      ).rows.map(({ row }) => row),
    );
  const differences: Finding[] = [];
  for (const { table_name: table } of tables) {
    const [liveRows, rebuiltRows] = await Promise.all([rowsOf(live, table), rowsOf(schema, table)]);
    const onlyLive = [...liveRows].filter((row) => !rebuiltRows.has(row));
    const onlyRebuilt = [...rebuiltRows].filter((row) => !liveRows.has(row));
    for (const row of onlyLive) differences.push(finding('equals a rebuild', table, `only live: ${row}`));
    for (const row of onlyRebuilt)
      differences.push(finding('equals a rebuild', table, `only rebuilt: ${row}`));
  }
  if (tables.length < 4) differences.push(finding('equals a rebuild', schema, `${tables.length} tables`));
  return differences;
}
