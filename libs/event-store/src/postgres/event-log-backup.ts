import { exportLineOf } from '@hyeopchi/audit';
import { schemaIdentifier } from '@hyeopchi/postgres';
import { Pool, PoolClient } from 'pg';
import { writeBackupFile } from '../backup/backup-file';
import {
  BACKUP_FORMAT,
  BackedUpLogSummary,
  BackedUpSignedCheckpoint,
  BackupHeader,
  BackupLine,
  BackupManifest,
  LogStart,
} from '../backup/backup-format';
import { BEGINNING_OF_LOG } from '../event-store.port';
import { AuditLog } from './audit-log';
import { RECORDED_AT_TEXT } from './event-log.sql';

export interface BackupRequest {
  pool: Pool;
  contexts: readonly string[];
  out: string;
  now: Date;
  onProgress?: (context: string, events: number) => void;
}

/**
 * Writes every context's log to `out` as one moment of all of them: read in one REPEATABLE READ transaction, so
 * a running platform goes on appending meanwhile and nothing it commits later is half in the backup. Streamed
 * page by page: memory holds one page and the last hash of each stream.
 */
export async function backupEventLogs(request: BackupRequest): Promise<BackupManifest> {
  // migrations first, outside the read-only snapshot (a context that never ran gets its empty tables)
  const logs = await Promise.all(request.contexts.map((context) => AuditLog.open(request.pool, context)));
  const client = await request.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const createdAt = request.now.toISOString();
    const summaries: BackedUpLogSummary[] = [];
    async function* body() {
      yield line<BackupHeader>({
        kind: 'header',
        format: BACKUP_FORMAT,
        createdAt,
        contexts: [...request.contexts],
      });
      for (const log of logs) {
        const summary = yield* logLines(log, client, request.onProgress);
        summaries.push(summary);
      }
    }
    let manifest: BackupManifest | undefined;
    await writeBackupFile(request.out, body(), (sha256) => {
      manifest = { kind: 'manifest', format: BACKUP_FORMAT, createdAt, contexts: summaries, sha256 };
      return manifest;
    });
    await client.query('COMMIT');
    return manifest!;
  } finally {
    // a failed read ends its transaction with the connection's release: nothing was written
    client.release(true);
  }
}

async function* logLines(
  log: AuditLog,
  client: PoolClient,
  onProgress: BackupRequest['onProgress'],
): AsyncGenerator<string, BackedUpLogSummary> {
  const context = log.schemaName;
  const schema = schemaIdentifier(context);
  yield line<LogStart>({ kind: 'log', context });
  const signed = await client.query<{
    tree_size: string;
    root_hash: string;
    signed_note: string;
    signed_at: string;
  }>(`SELECT tree_size, encode(root_hash, 'hex') AS root_hash, signed_note,
        ${RECORDED_AT_TEXT('signed_at')} AS signed_at
      FROM ${schema}.signed_checkpoints ORDER BY tree_size`);
  for (const row of signed.rows) {
    yield line<BackedUpSignedCheckpoint>({
      kind: 'signedCheckpoint',
      treeSize: Number(row.tree_size),
      rootHash: row.root_hash,
      signedNote: row.signed_note,
      signedAt: row.signed_at,
    });
  }
  const lastHashes = new Map<string, string>();
  let events = 0;
  let lastGlobalPosition: number | null = null;
  for await (const page of log.pages(BEGINNING_OF_LOG, client)) {
    let chunk = '';
    for (const record of page.records) {
      chunk += `${exportLineOf({ ...record, previousHash: lastHashes.get(record.streamId) ?? null })}\n`;
      lastHashes.set(record.streamId, record.hash);
      lastGlobalPosition = Math.max(lastGlobalPosition ?? 0, record.globalPosition);
    }
    events += page.records.length;
    yield chunk;
    onProgress?.(context, events);
  }
  const latest = signed.rows.at(-1);
  return {
    name: context,
    events,
    lastGlobalPosition,
    latestSignedCheckpoint: latest
      ? { treeSize: Number(latest.tree_size), signedNote: latest.signed_note }
      : null,
    signedCheckpoints: signed.rows.length,
  };
}

const line = <Line extends BackupLine>(value: Line) => `${JSON.stringify(value)}\n`;
