import { CONTEXTS } from '@hyeopchi/context-names';
import { eventually } from '@hyeopchi/testing';
import { Pool } from 'pg';
import { FaultContext } from './fault';
import { unappliedEvents } from './settling';

const RECOVERY_TIMEOUT_MS = 120_000;

/** How long the platform took to recover from a fault that just ended; null if it did not within 2 min. */
export interface Recovery {
  /** From the fault's end until a new command was accepted through the gateway (read-your-writes included). */
  servesMs: number | null;
  /**
   * ... and until every event stored since the previous fault's recovery up to then was applied by the projector
   * and the router (lag back to 0). An event a fault left unapplied is that fault's failure, not the next one's.
   */
  caughtUpMs: number | null;
}

export class RecoveryMeter {
  private since = new Map<string, string>();

  async measure({ load, topology }: FaultContext): Promise<Recovery> {
    const ended = performance.now();
    const probe = await load.support();
    if (probe.code !== null) return { servesMs: null, caughtUpMs: null };
    const servesMs = performance.now() - ended;
    try {
      const upTo = await eventually(() => lastPositions(topology.pool), RECOVERY_TIMEOUT_MS, 250);
      const since = this.since;
      this.since = upTo;
      await eventually(
        async () => {
          const unapplied =
            (await unappliedEvents(topology.pool, upTo)) - (await unappliedEvents(topology.pool, since));
          if (unapplied > 0) throw new Error(`${unapplied} events not applied yet`);
        },
        RECOVERY_TIMEOUT_MS,
        250,
      );
      return { servesMs, caughtUpMs: performance.now() - ended };
    } catch {
      return { servesMs, caughtUpMs: null };
    }
  }
}

async function lastPositions(pool: Pool): Promise<Map<string, string>> {
  const positions = new Map<string, string>();
  for (const context of CONTEXTS) {
    const { rows } = await pool.query<{ last: string | null }>(
      `SELECT max(global_position)::text AS last FROM ${context}.events`,
    );
    positions.set(context, rows[0].last ?? '0');
  }
  return positions;
}
