import { CommandMetadata, Decider, DomainError } from '@hyeopchi/domain-kernel';
import { ThresholdPolicy, ThresholdPolicyEvent, Tier } from './events';

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
  if (!Number.isInteger(supportWindowDays) || supportWindowDays < 1 || supportWindowDays > 365) {
    throw refuse('the support window is a whole number of days from 1 to 365');
  }
  if (tiers.length === 0) throw refuse('a policy needs at least one tier');
  if (new Set(tiers.map((tier) => tier.tier)).size !== tiers.length) throw refuse('each tier appears once');
  for (const { tier, threshold } of tiers) {
    if (!Number.isInteger(threshold) || threshold < 1)
      throw refuse(`${tier} needs a threshold of at least 1`);
  }
  const supportThresholds = tiers.filter((tier) => tier.measure === 'supports').map((tier) => tier.threshold);
  if (supportThresholds.some((threshold, i) => i > 0 && threshold <= supportThresholds[i - 1])) {
    throw refuse('support tiers are listed with rising thresholds');
  }
  return [
    {
      type: 'threshold_policy.adopted.v1',
      data: {
        version: (state.current?.version ?? 0) + 1,
        supportWindowDays,
        tiers,
        adoptedBy: metadata.actor,
        adoptedAt: metadata.now.toISOString(),
      },
    },
  ];
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
