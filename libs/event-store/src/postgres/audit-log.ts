import {
  AuditRecord,
  MerkleFrontier,
  SigningKey,
  checkpointTimeOf,
  leafHash,
  signCheckpoint,
} from '@hyeopchi/audit';
import { applyMigrations, lockUntilCommit, schemaIdentifier, withTransaction } from '@hyeopchi/postgres';
import { Pool, PoolClient } from 'pg';
import { BEGINNING_OF_LOG, GlobalCheckpoint } from '../event-store.port';
import { eventLogMigrations } from './event-log.migrations';
import { AuditRow, EventLogStatements, SignedCheckpointRow, eventLogStatements } from './event-log.sql';

const PAGE = 5_000;

/** A signed checkpoint as stored, with where its tree's last leaf is in the log. */
export interface StoredCheckpoint {
  treeSize: number;
  /** The C2SP signed note. */
  signedNote: string;
  lastLeaf: GlobalCheckpoint;
}

export interface AuditRecordPage {
  records: AuditRecord[];
  next: GlobalCheckpoint;
}

/**
 * A service's log as auditors see it: its events with their hashes, in the order of its Merkle tree (commit
 * order, as `readAll` gives it), and the signed checkpoints of that tree. Tree leaves are the events' hashes.
 */
export class AuditLog {
  private readonly sql: EventLogStatements;

  private constructor(
    private readonly pool: Pool,
    readonly schemaName: string,
  ) {
    this.sql = eventLogStatements(schemaIdentifier(schemaName));
  }

  static async open(pool: Pool, schemaName: string): Promise<AuditLog> {
    await applyMigrations(pool, schemaName, 'event-store', eventLogMigrations);
    return new AuditLog(pool, schemaName);
  }

  /** The next records of the tree after `from`, never past one that an earlier transaction could still precede. */
  async readRecords(
    from: GlobalCheckpoint,
    maxCount: number,
    client: Pool | PoolClient = this.pool,
  ): Promise<AuditRecordPage> {
    // the horizon first, on its own: the read's snapshot must be taken after it (see the statement)
    const horizon = await client.query<{ horizon: string }>({
      name: `${this.schemaName}.horizon`,
      text: this.sql.horizon,
    });
    const { rows } = await client.query<AuditRow>({
      name: `${this.schemaName}.readAuditLog`,
      text: this.sql.readAuditLog,
      values: [from.transactionId, from.globalPosition, maxCount, horizon.rows[0].horizon],
    });
    const last = rows.at(-1);
    return {
      records: rows.map(toAuditRecord),
      next: last
        ? { transactionId: last.transaction_id, globalPosition: Number(last.global_position) }
        : from,
    };
  }

  /** Every record of the tree after `from`, page by page. */
  async *pages(
    from: GlobalCheckpoint = BEGINNING_OF_LOG,
    client: Pool | PoolClient = this.pool,
  ): AsyncGenerator<AuditRecordPage> {
    for (let position = from; ;) {
      const page = await this.readRecords(position, PAGE, client);
      if (page.records.length === 0) return;
      yield page;
      position = page.next;
    }
  }

  async streamRecords(streamId: string): Promise<AuditRecord[]> {
    const { rows } = await this.pool.query<AuditRow>(this.sql.readStreamAudit, [streamId]);
    return rows.map(toAuditRecord);
  }

  async eventRecord(eventId: string): Promise<AuditRecord | undefined> {
    const { rows } = await this.pool.query<AuditRow>(this.sql.readEventAudit, [eventId]);
    return rows[0] && toAuditRecord(rows[0]);
  }

  /** The hash (hex) of one event of a stream, by its version. */
  async eventHash(streamId: string, streamVersion: number): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ hash: string }>(this.sql.eventHash, [streamId, streamVersion]);
    return rows[0]?.hash;
  }

  /** The signed checkpoints from `fromSize` on, smallest first. */
  async checkpoints(fromSize = 0): Promise<StoredCheckpoint[]> {
    const { rows } = await this.pool.query<SignedCheckpointRow>(this.sql.signedCheckpoints, [fromSize]);
    return rows.map(toStoredCheckpoint);
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    const { rows } = await this.pool.query<SignedCheckpointRow>(this.sql.latestSignedCheckpoint);
    return rows[0] && toStoredCheckpoint(rows[0]);
  }

  /**
   * Signs a checkpoint over every event committed since the last one (none when nothing is new). One signer at a
   * time per log: replicas of a service take turns, so a tree size never gets two roots.
   */
  async checkpoint(origin: string, key: SigningKey, now: Date): Promise<StoredCheckpoint | undefined> {
    return withTransaction(this.pool, async (tx) => {
      await lockUntilCommit(tx, `hyeopchi.audit-checkpoint.${this.schemaName}`);
      const { rows } = await tx.query<SignedCheckpointRow>(this.sql.latestSignedCheckpoint);
      const latest = rows[0];
      const frontier = latest ? MerkleFrontier.from(latest.frontier) : MerkleFrontier.empty();
      let lastLeaf = latest ? toStoredCheckpoint(latest).lastLeaf : BEGINNING_OF_LOG;
      // read on the transaction's own connection: a pool of one still signs
      for await (const page of this.pages(lastLeaf, tx)) {
        for (const record of page.records) frontier.append(leafHash(Buffer.from(record.hash, 'hex')));
        lastLeaf = page.next;
      }
      if (frontier.treeSize === (latest ? Number(latest.tree_size) : 0)) return undefined;
      const rootHash = frontier.root();
      // never dated before the checkpoint it follows, whatever this replica's clock says
      const latestTime = latest && checkpointTimeOf(latest.signed_note);
      const time = latestTime && latestTime > now ? latestTime : now;
      const signedNote = signCheckpoint({ origin, treeSize: frontier.treeSize, rootHash, time }, key);
      await tx.query(this.sql.storeSignedCheckpoint, [
        frontier.treeSize,
        rootHash,
        signedNote,
        lastLeaf.transactionId,
        lastLeaf.globalPosition,
        JSON.stringify(frontier.toJSON()),
      ]);
      return { treeSize: frontier.treeSize, signedNote, lastLeaf };
    });
  }
}

function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: Number(row.global_position),
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at_text,
    hash: row.hash,
  };
}

function toStoredCheckpoint(row: SignedCheckpointRow): StoredCheckpoint {
  return {
    treeSize: Number(row.tree_size),
    signedNote: row.signed_note,
    lastLeaf: { transactionId: row.transaction_id, globalPosition: Number(row.global_position) },
  };
}
