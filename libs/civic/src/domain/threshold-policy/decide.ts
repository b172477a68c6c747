import { CommandMetadata, Decider, DomainError } from '@hyeopchi/domain-kernel';
import { ThresholdPolicy, ThresholdPolicyEvent, Tier, TierMeasure, TierName } from './events';

/** The one stream of threshold policy versions. */
export const THRESHOLD_POLICY_STREAM = 'threshold-policy';

export type ThresholdPolicyCommand = {
  type: 'AdoptThresholdPolicy';
  data: { supportWindowDays: number; tiers: Tier[] };
  metadata: CommandMetadata;
};

export interface ThresholdPolicies {
  current: ThresholdPolicy | undefined;
}

const refuse = (message: string) => new DomainError('INVALID_THRESHOLD_POLICY', message);

/** Adopting a version never touches proposals submitted under an earlier one: they carry theirs. */
export function decideThresholdPolicy(
  { data: { supportWindowDays, tiers }, metadata }: ThresholdPolicyCommand,
  state: ThresholdPolicies,
): ThresholdPolicyEvent[] {
  const version = (state.current?.version ?? 0) + 1;
  assertValidPolicy({ version, supportWindowDays, tiers });
  return [
    {
      type: 'threshold_policy.adopted.v1',
      data: {
        version,
        supportWindowDays,
        tiers,
        adoptedBy: metadata.actor,
        adoptedAt: metadata.now.toISOString(),
      },
    },
  ];
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
  initialState: { current: undefined },
  decide: decideThresholdPolicy,
  evolve: (_state, { data: { version, supportWindowDays, tiers } }) => ({
    current: { version, supportWindowDays, tiers },
  }),
};
