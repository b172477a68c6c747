import { canonicalJson } from '@hyeopchi/audit';
import { BEGINNING_OF_LOG, EventStore } from '@hyeopchi/event-store';
import { schemaIdentifier } from '@hyeopchi/postgres';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Proposal, draftedProposals } from '@hyeopchi/civic/read-model';
import { ReadModelReplay } from './projector';
import { openReadModels } from './read-model-store';

export const EXPORTABLE_READ_MODELS = ['proposals'] as const;
export type ExportableReadModel = (typeof EXPORTABLE_READ_MODELS)[number];
export type ExportFormat = 'ndjson' | 'csv';

export interface ReadModelExportRequest {
  url: string;
  pool: Pool;
  stores: Map<string, EventStore>;
  readModel: ExportableReadModel;
  /** Each log is read up to this global position (positions are per log). */
  atPosition: number;
  format: ExportFormat;
  write(text: string): void;
}

// when a row was written says nothing of the history: it would make two exports of the same moment differ
const WALL_CLOCK_FIELDS = new Set(['updatedAt']);
const PAGE = 1_000;

/**
 * A read model as the logs up to a position make it, byte for byte the same on every run and after any rebuild:
 * projected by the gateway's own projections into a schema of its own, which is dropped afterwards, and written
 * in a fixed order with fixed columns.
 */
export async function exportReadModel(request: ReadModelExportRequest): Promise<{ rows: number }> {
  const schema = `read_models_export_${randomBytes(6).toString('hex')}`;
  const dataSource = await openReadModels(request.url, schema);
  try {
    await project(dataSource, request.stores, request.atPosition);
    const rows = await draftedProposals(dataSource.manager).orderBy('proposal.id').getMany();
    const fields = dataSource
      .getMetadata(Proposal)
      .columns.map((column) => column.propertyName)
      .filter((field) => !WALL_CLOCK_FIELDS.has(field));
    const records = rows.map((row) =>
      Object.fromEntries(
        fields.map((field) => [field, (row as unknown as Record<string, unknown>)[field] ?? null]),
      ),
    );
    request.write(request.format === 'csv' ? csvOf(fields, records) : ndjsonOf(records));
    return { rows: records.length };
  } finally {
    await dataSource.destroy();
    await request.pool.query(`DROP SCHEMA IF EXISTS ${schemaIdentifier(schema)} CASCADE`);
  }
}

async function project(dataSource: DataSource, stores: Map<string, EventStore>, atPosition: number) {
  const replay = new ReadModelReplay(dataSource);
  for (const [context, store] of stores) {
    for (let position = BEGINNING_OF_LOG; ;) {
      const { events, next } = await store.readAll(position, PAGE);
      if (events.length === 0) break;
      const upTo = events.filter((event) => event.globalPosition <= atPosition);
      await replay.project(upTo.map((event) => ({ ...event, context })));
      position = next;
    }
  }
}

function ndjsonOf(records: Record<string, unknown>[]): string {
  return records.map((record) => `${canonicalJson(record)}\n`).join('');
}

/** RFC 4180: a header, then one line per row; lists and objects as canonical JSON, no value as an empty cell. */
function csvOf(fields: string[], records: Record<string, unknown>[]): string {
  const cell = (value: unknown) => {
    if (value === null) return '';
    const text =
      typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : canonicalJson(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    fields.join(','),
    ...records.map((record) => fields.map((field) => cell(record[field])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
