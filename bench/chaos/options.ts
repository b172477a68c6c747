export type Profile = 'short' | 'full';

export interface ChaosOptions {
  profile: Profile;
  /** The whole run, start-up and verification included: past it, everything is stopped and the run fails. */
  timeoutMs: number;
  /** Sends through the gateway in all, retries included. */
  requestBudget: number;
  clients: number;
  pauseMs: number;
  /** How often the projector (the gateway) is killed mid-batch. */
  projectorKills: number;
  /** How often a consumer (the department service) is restarted under load, a few seconds apart. */
  consumerRestarts: number;
}

const PROFILES: Record<Profile, Omit<ChaosOptions, 'profile' | 'timeoutMs' | 'requestBudget'>> = {
  short: { clients: 3, pauseMs: 100, projectorKills: 1, consumerRestarts: 1 },
  full: { clients: 4, pauseMs: 50, projectorKills: 50, consumerRestarts: 6 },
};
const TIMEOUT_MINUTES: Record<Profile, number> = { short: 15, full: 60 };
const REQUEST_BUDGET: Record<Profile, number> = { short: 20_000, full: 200_000 };

const USAGE = `npm run chaos -- [--profile short|full] [--timeout-minutes N] [--request-budget N]
  (or CHAOS_PROFILE, CHAOS_TIMEOUT_MINUTES, CHAOS_REQUEST_BUDGET)`;

/** From the command line, then the environment, then the profile's defaults. */
export function chaosOptions(argv: string[], env: NodeJS.ProcessEnv): ChaosOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(USAGE);
    flags.set(argv[i].slice(2), argv[i + 1]);
  }
  const unknown = [...flags.keys()].filter(
    (flag) => !['profile', 'timeout-minutes', 'request-budget'].includes(flag),
  );
  if (unknown.length > 0) throw new Error(`unknown option --${unknown[0]}\n${USAGE}`);
  const profile = flags.get('profile') ?? env.CHAOS_PROFILE ?? 'short';
  if (profile !== 'short' && profile !== 'full') throw new Error(USAGE);
  const positive = (value: string | undefined, fallback: number, max: number) => {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > max)
      throw new Error(`${value}: 1 to ${max}\n${USAGE}`);
    return number;
  };
  return {
    profile,
    ...PROFILES[profile],
    timeoutMs:
      positive(flags.get('timeout-minutes') ?? env.CHAOS_TIMEOUT_MINUTES, TIMEOUT_MINUTES[profile], 240) *
      60_000,
    requestBudget: positive(
      flags.get('request-budget') ?? env.CHAOS_REQUEST_BUDGET,
      REQUEST_BUDGET[profile],
      10_000_000,
    ),
  };
}
