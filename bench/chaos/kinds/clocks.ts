import { Fault, pause } from '../fault';
import { clockSkewEnvironment } from '../faults/index';

/**
 * Skews applied together: civic minutes ahead, the department minutes behind. Not the gateway: it refuses tokens
 * issued more than 60 s ahead of its own clock (identity's CLOCK_SKEW_SECONDS), so a gateway minutes behind the
 * token issuer refuses every caller (UNAUTHENTICATED), as the first full run showed; that is its rule, not a fault.
 */
const SKEWS: Record<string, number> = { civic: 7 * 60_000, department: -5 * 60_000 };
const SKEWED_FOR_MS = 15_000;

/**
 * Services whose clocks disagree by minutes (civic 7 min ahead of the machine, the department 5 min behind: the
 * preload moves each process's wall clock), restarted with the skew, under load for a while, then restarted with
 * the machine's time again.
 */
export const clocksDisagree: Fault = {
  kind: 'clocks disagree between services by minutes',
  inject: async ({ topology }) => {
    const { platform } = topology;
    const skewed = (app: string, skewMs: number | null) =>
      platform.restart(platform.instances[app][0], skewMs === null ? {} : clockSkewEnvironment(skewMs));
    for (const [app, skewMs] of Object.entries(SKEWS)) await skewed(app, skewMs);
    await pause(SKEWED_FOR_MS);
    for (const app of Object.keys(SKEWS)) await skewed(app, null);
  },
};
