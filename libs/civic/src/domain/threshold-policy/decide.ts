import { CommandMetadata, Decider, DomainError } from '@hyeopchi/domain-kernel';
import { Space, spaceStream, unknownSpace } from '../space/spaces';
import { AdoptedPolicy, ThresholdPolicy, ThresholdPolicyEvent, Tier, TierMeasure, TierName } from './events';

/** A space's stream of threshold policy versions (the city's is the one stream there was before spaces). */
export const thresholdPolicyStream = (spaceId: string) => spaceStream('threshold-policy', spaceId);

export type ThresholdPolicyCommand = {
  type: 'AdoptThresholdPolicy';
  /** `takesEffectOn`: a day in Seoul (YYYY-MM-DD), today or later; null for at once. */
  data: {
    spaceId: string;
    supportWindowDays: number;
    tiers: Tier[];
    takesEffectOn: string | null;
    /** The space named, as the service found it: null when there is none. */
    space: Space | null;
  };
  metadata: CommandMetadata;
};

/** Every version a space adopted, in the order adopted. */
export interface ThresholdPolicies {
  versions: readonly AdoptedPolicy[];
}

const refuse = (message: string) => new DomainError('INVALID_THRESHOLD_POLICY', message);
const SEOUL_OFFSET = '+09:00';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Adopting a version never touches proposals submitted under an earlier one: they carry theirs. A version adopted
 * for a later day leaves the one in force until then.
 */
export function decideThresholdPolicy(
  { data: { spaceId, supportWindowDays, tiers, takesEffectOn, space }, metadata }: ThresholdPolicyCommand,
  { versions }: ThresholdPolicies,
): ThresholdPolicyEvent[] {
  if (space === null) throw unknownSpace(spaceId);
  const version = versions.length + 1;
  assertValidPolicy({ version, supportWindowDays, tiers });
  const adoptedAt = metadata.now.toISOString();
  return [
    {
      type: 'threshold_policy.adopted.v1',
      data: {
        spaceId,
        version,
        supportWindowDays,
        tiers,
        takesEffectAt: takesEffectOn === null ? adoptedAt : startOfSeoulDay(takesEffectOn, metadata.now),
        adoptedBy: metadata.actor,
        adoptedAt,
      },
    },
  ];
}

function startOfSeoulDay(day: string, now: Date): string {
  const start = new Date(DAY.test(day) ? `${day}T00:00:00${SEOUL_OFFSET}` : Number.NaN);
  if (Number.isNaN(start.getTime()) || seoulDayOf(start) !== day) {
    throw refuse(`"${day}" is not a day: give it as YYYY-MM-DD`);
  }
  if (day < seoulDayOf(now)) throw refuse(`a policy takes effect today or later, not on ${day}`);
  return start.toISOString();
}

/** Seoul keeps no daylight saving time: its day is UTC's, nine hours on. */
export const seoulDayOf = (moment: Date) =>
  new Date(moment.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** The version in force at `at`: the last adopted of those that have taken effect by then. */
export function policyInForce({ versions }: ThresholdPolicies, at: Date): AdoptedPolicy | undefined {
  const moment = at.toISOString();
  return [...versions].reverse().find((version) => version.takesEffectAt <= moment);
}

/** Which measure each tier counts, in the order a proposal climbs them. */
const TIER_MEASURES: Readonly<Record<TierName, TierMeasure>> = {
  department_answer: 'supports',
  public_forum: 'supports',
  mayor_answer: 'forum_participants',
};
const CLIMB = Object.keys(TIER_MEASURES) as TierName[];

/** The rules every policy version obeys; a proposal checks the policy it is submitted under too. */
export function assertValidPolicy({ version, supportWindowDays, tiers }: ThresholdPolicy): void {
  if (!Number.isInteger(version) || version < 1) throw refuse('a policy version is a whole number from 1');
  if (!Number.isInteger(supportWindowDays) || supportWindowDays < 1 || supportWindowDays > 365) {
    throw refuse('the support window is a whole number of days from 1 to 365');
  }
  if (!Array.isArray(tiers) || tiers.length === 0) throw refuse('a policy needs at least one tier');
  for (const { tier, measure, threshold } of tiers) {
    if (!CLIMB.includes(tier)) throw refuse(`tiers are ${CLIMB.join(', ')}`);
    if (measure !== TIER_MEASURES[tier])
      throw refuse(`${tier} counts ${TIER_MEASURES[tier].replace('_', ' ')}`);
    if (!Number.isInteger(threshold) || threshold < 1)
      throw refuse(`${tier} needs a threshold of at least 1`);
  }
  if (new Set(tiers.map((tier) => tier.tier)).size !== tiers.length) throw refuse('each tier appears once');
  const supportThresholds = CLIMB.flatMap((name) =>
    tiers.filter((tier) => tier.tier === name && tier.measure === 'supports'),
  ).map((tier) => tier.threshold);
  if (supportThresholds.some((threshold, i) => i > 0 && threshold <= supportThresholds[i - 1])) {
    throw refuse('the public forum needs more supports than the department answer');
  }
}

export const thresholdPolicyDecider: Decider<
  ThresholdPolicyCommand,
  ThresholdPolicyEvent,
  ThresholdPolicies
> = {
  initialState: { versions: [] },
  decide: decideThresholdPolicy,
  evolve: ({ versions }, { data: { spaceId, version, supportWindowDays, tiers, takesEffectAt } }) => ({
    versions: [...versions, { spaceId, version, supportWindowDays, tiers, takesEffectAt }],
  }),
};
