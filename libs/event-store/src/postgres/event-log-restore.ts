import { schemaIdentifier, withTransaction } from '@hyeopchi/postgres';
import { Pool, PoolClient } from 'pg';
import { BackupError, BackupManifest } from '../backup/backup-format';
import { BackedUpLog, RestoredEvent, inspectBackup, readBackup } from '../backup/backup-reader';
import { AuditLog } from './audit-log';

export interface RestoreRequest {
  pool: Pool;
  from: string;
  /** The contexts this platform has: a backup naming others is refused. */
  contexts: readonly string[];
  /** Told once the whole file is checked, before anything is written. */
  onChecked?: (manifest: BackupManifest) => void;
  onProgress?: (context: string, events: number) => void;
}

/** Transaction ids below this are PostgreSQL's own (invalid, bootstrap, frozen). */
const FIRST_NORMAL_XID = 3n;

/**
 * Restores a backup into empty logs, all of it in one transaction: event ids, stream versions, global positions,
 * recorded times and hashes exactly as they were, so the chains and the signed checkpoints verify. The whole file
 * is checked before anything is written. Hazard: run it with the platform stopped; its services would append to
 * the logs it fills (it takes their tables' locks, so they wait, and it then refuses them as not empty).
 */
export async function restoreEventLogs(request: RestoreRequest): Promise<BackupManifest> {
  const { manifest, logs } = await inspectBackup(request.from, request.contexts);
  request.onChecked?.(manifest);
  const contexts = manifest.contexts.map(({ name }) => name);
  for (const context of contexts) await AuditLog.open(request.pool, context);
  await withTransaction(request.pool, (tx) => refuseNonEmpty(tx, contexts));
  const runs = Math.max(0, ...[...logs.values()].map((log) => log.runs));
  await reserveTransactionIds(request.pool, BigInt(runs) + FIRST_NORMAL_XID);
  return withTransaction(request.pool, async (tx) => {
    await refuseNonEmpty(tx, contexts, { lock: true });
    const { rows } = await tx.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
    const own = BigInt(rows[0].xid);
    // The tree's order is (transaction id, position): the source server's ids mean nothing here, so each run gets
    // an id of this server's past, increasing, the last one this transaction's own. Appends after the restore
    // get later ids, and every reader's horizon lies past them once it commits.
    const transactionIdOf = (context: string) => {
      const first = own - BigInt(logs.get(context)!.runs) + 1n;
      return (run: number) => (first + BigInt(run)).toString();
    };
    const items = readBackup(request.from, request.contexts);
    const restored = new Map<string, number>();
    for (let item = await items.next(); ; item = await items.next()) {
      if (item.done) {
        // the checks were of this very file: one swapped meanwhile could hold more runs than ids were set aside
        if (item.value.sha256 !== manifest.sha256) {
          throw new BackupError(
            'BACKUP_CHECKSUM_MISMATCH',
            `${request.from} was replaced while it was restored: nothing was written`,
          );
        }
        return item.value;
      }
      const { context } = item.value;
      const target = new RestoreTarget(tx, context, transactionIdOf(context));
      if (item.value.kind === 'events') {
        await target.insertEvents(item.value.events);
        restored.set(context, (restored.get(context) ?? 0) + item.value.events.length);
        request.onProgress?.(context, restored.get(context)!);
      } else {
        await target.finish(item.value.log);
      }
    }
  });
}

async function refuseNonEmpty(tx: PoolClient, contexts: string[], { lock = false } = {}): Promise<void> {
  for (const context of contexts) {
    const schema = schemaIdentifier(context);
    if (lock) {
      await tx.query(
        `LOCK TABLE ${schema}.events, ${schema}.signed_checkpoints, ${schema}.checkpoints IN EXCLUSIVE MODE`,
      );
    }
    const { rows } = await tx.query<{ events: string; signed: string; followers: string }>(
      `SELECT (SELECT count(*) FROM ${schema}.events) AS events,
              (SELECT count(*) FROM ${schema}.signed_checkpoints) AS signed,
              (SELECT count(*) FROM ${schema}.checkpoints) AS followers`,
    );
    const { events, signed, followers } = rows[0];
    if (events !== '0' || signed !== '0' || followers !== '0') {
      throw new BackupError(
        'RESTORE_TARGET_NOT_EMPTY',
        `the database already holds a log of ${context} (${events} events, ${signed} signed checkpoints, ` +
          `${followers} follower checkpoints): restore only into an empty database, nothing was written`,
      );
    }
  }
}

/**
 * Makes sure this server has handed out enough transaction ids for the runs to get ids of their own below the
 * restore's: a young server (a new cluster) may not have. Each id burnt is one empty committed transaction.
 */
async function reserveTransactionIds(pool: Pool, needed: bigint): Promise<void> {
  const { rows } = await pool.query<{ next: string }>(
    'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next',
  );
  const missing = needed - BigInt(rows[0].next);
  if (missing <= 0n) return;
  await pool.query(
    `DO $$ BEGIN FOR i IN 1..${missing} LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$`,
  );
}

class RestoreTarget {
  private readonly schema: string;

  constructor(
    private readonly tx: PoolClient,
    context: string,
    private readonly transactionIdOf: (run: number) => string,
  ) {
    this.schema = schemaIdentifier(context);
  }

  async insertEvents(events: RestoredEvent[]): Promise<void> {
    // inserts only: the log refuses changes, and an empty target has nothing to change
    await this.tx.query(
      `INSERT INTO ${this.schema}.events (global_position, transaction_id, stream_id, stream_version, event_id,
         event_type, schema_version, data, metadata, recorded_at, hash)
       OVERRIDING SYSTEM VALUE
       SELECT r.global_position, r.transaction_id::xid8, r.stream_id, r.stream_version, r.event_id::uuid,
              r.event_type, r.schema_version, r.data::jsonb, r.metadata::jsonb, r.recorded_at::timestamptz,
              decode(r.hash, 'hex')
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::int[],
                   $8::text[], $9::text[], $10::text[], $11::text[])
         AS r(global_position, transaction_id, stream_id, stream_version, event_id, event_type, schema_version,
              data, metadata, recorded_at, hash)`,
      [
        events.map((event) => event.globalPosition),
        events.map((event) => this.transactionIdOf(event.run)),
        events.map((event) => event.streamId),
        events.map((event) => event.streamVersion),
        events.map((event) => event.eventId),
        events.map((event) => event.type),
        events.map((event) => event.schemaVersion),
        events.map((event) => JSON.stringify(event.data)),
        events.map((event) => JSON.stringify(event.metadata)),
        events.map((event) => event.recordedAt),
        events.map((event) => event.hash),
      ],
    );
  }

  /**
   * After the log's events: its position sequence past them, and its signed checkpoints. Its followers get no
   * checkpoint: they start from the beginning and rebuild what they keep (see backup-format.ts).
   */
  async finish(log: BackedUpLog): Promise<void> {
    if (log.summary.lastGlobalPosition !== null) {
      await this.tx.query(
        `SELECT setval(pg_get_serial_sequence('${this.schema}.events', 'global_position'), $1)`,
        [log.summary.lastGlobalPosition],
      );
    }
    for (const { checkpoint, frontier, lastLeaf } of log.signedCheckpoints) {
      await this.tx.query(
        `INSERT INTO ${this.schema}.signed_checkpoints
           (tree_size, root_hash, signed_note, transaction_id, global_position, frontier, signed_at)
         VALUES ($1, decode($2, 'hex'), $3, $4::xid8, $5, $6, $7)`,
        [
          checkpoint.treeSize,
          checkpoint.rootHash,
          checkpoint.signedNote,
          this.transactionIdOf(lastLeaf.run),
          lastLeaf.globalPosition,
          JSON.stringify(frontier),
          checkpoint.signedAt,
        ],
      );
    }
  }
}
