import {
  SigningKey,
  hasPublicKeyFile,
  readSigningKey,
  writePublicKeyOf,
  writeSigningKeys,
} from '@hyeopchi/audit';
import { HyeopchiConfig } from '@hyeopchi/config';
import { AuditLog, BEGINNING_OF_LOG, EventStore, GlobalCheckpoint } from '@hyeopchi/event-store';
import { sampledGauge } from '@hyeopchi/observability';
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';

const logger = new Logger('AuditCheckpointer');

const checkpointAge = sampledGauge({
  name: 'hyeopchi_checkpoint_age_seconds',
  help: "Seconds the oldest event of a context's log not yet covered by a signed audit checkpoint has waited (counted from this process's last signature or start while the log cannot be read); 0 when every event is signed.",
  labelNames: ['context'],
});

interface CheckpointedLog {
  context: string;
  origin: string;
  log: AuditLog;
  store: EventStore;
  lastSignedAt: number;
  /**
   * Since when events have waited for a signature (the oldest's recording); undefined only while every event is
   * known to be signed.
   */
  unsignedSince?: number;
}

/**
 * Signs a checkpoint of each owned log's Merkle tree once enough events wait, or once they have waited long
 * enough (AUDIT_CHECKPOINT_EVERY_EVENTS / _SECONDS), and on shutdown whatever waits. Checkpoints are
 * append-only; replicas take turns.
 */
export class AuditCheckpointer {
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;
  private readonly untrackAge: () => void;

  private constructor(
    private readonly logs: CheckpointedLog[],
    private readonly key: SigningKey,
    private readonly everyEvents: number,
    private readonly everyMs: number,
  ) {
    // computed against now: a checkpointer that stops signing (its database gone) shows an ever older age
    this.untrackAge = checkpointAge.track(() =>
      this.logs.map(({ context, unsignedSince }) => ({
        labels: { context },
        value: unsignedSince === undefined ? 0 : Math.max(0, Date.now() - unsignedSince) / 1000,
      })),
    );
  }

  static async start(
    config: HyeopchiConfig,
    pool: Pool,
    stores: Map<string, EventStore>,
  ): Promise<AuditCheckpointer> {
    const key = await signingKey(config);
    const logs = await Promise.all(
      [...stores].map(async ([context, store]) => ({
        context,
        origin: `${config.AUDIT_ORIGIN}/${context}`,
        log: await AuditLog.open(pool, context),
        store,
        lastSignedAt: Date.now(),
      })),
    );
    const everyMs = config.AUDIT_CHECKPOINT_EVERY_SECONDS * 1000;
    const checkpointer = new AuditCheckpointer(logs, key, config.AUDIT_CHECKPOINT_EVERY_EVENTS, everyMs);
    checkpointer.timer = setInterval(() => checkpointer.tick(), Math.min(1000, everyMs));
    checkpointer.timer.unref();
    return checkpointer;
  }

  /** Stops, after signing what waits: an export made after a stop covers every event. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.untrackAge();
    await this.round;
    await this.checkpointDue(true).catch((error: unknown) =>
      logger.warn(`checkpoint on shutdown: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  private tick(): void {
    if (this.round) return;
    this.round = this.checkpointDue()
      .catch((error: unknown) => {
        logger.warn(`checkpoint: ${error instanceof Error ? error.message : String(error)}`);
        // a round that could not read knows nothing is signed: the age must grow, not read as "all signed"
        for (const entry of this.logs) entry.unsignedSince ??= entry.lastSignedAt;
      })
      .finally(() => (this.round = undefined));
  }

  private async checkpointDue(everythingWaiting = false): Promise<void> {
    for (const entry of this.logs) {
      const latest = await entry.log.latestCheckpoint();
      const lastLeaf = latest?.lastLeaf ?? BEGINNING_OF_LOG;
      const waiting = await entry.store.countAfter(lastLeaf);
      const now = Date.now();
      // from the oldest waiting event, not from when this process first saw it: a restart does not reset the age
      entry.unsignedSince =
        waiting === 0
          ? undefined
          : (entry.unsignedSince ?? (await oldestRecording(entry.store, lastLeaf, now)));
      const due =
        everythingWaiting || waiting >= this.everyEvents || now - entry.lastSignedAt >= this.everyMs;
      if (waiting > 0 && due) {
        await entry.log.checkpoint(entry.origin, this.key, new Date(now));
        entry.lastSignedAt = now;
        entry.unsignedSince = undefined;
      }
    }
  }
}

/** When the first event after `lastLeaf` was recorded; `now` if it is not readable yet. */
async function oldestRecording(store: EventStore, lastLeaf: GlobalCheckpoint, now: number): Promise<number> {
  const { events } = await store.readAll(lastLeaf, 1);
  return Math.min(now, events[0]?.recordedAt.getTime() ?? now);
}

/** The configured key; outside production, one made for this installation when there is none. */
async function signingKey(config: HyeopchiConfig): Promise<SigningKey> {
  const file = config.AUDIT_SIGNING_KEY_FILE;
  const existing = await readSigningKey(file, config.AUDIT_KEY_NAME);
  if (existing) {
    if (!(await hasPublicKeyFile(file))) await writePublicKeyOf(file);
    return existing;
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      `no checkpoint signing key at ${file}: make one with npx hyeopchi keys generate and keep it safe`,
    );
  }
  try {
    const publicFile = await writeSigningKeys(file);
    logger.log(`made a development checkpoint signing key at ${file}; auditors verify with ${publicFile}`);
  } catch (error) {
    // another process made it first
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return (await readSigningKey(file, config.AUDIT_KEY_NAME))!;
}
