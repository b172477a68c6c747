import { DomainEvent } from '@hyeopchi/domain-kernel';

export type TierName = 'department_answer' | 'public_forum' | 'mayor_answer';
export type TierMeasure = 'supports' | 'forum_participants';

export interface Tier {
  tier: TierName;
  measure: TierMeasure;
  threshold: number;
}

/** The rules a proposal is held to for its whole life: the version in force when it was submitted. */
export interface ThresholdPolicy {
  version: number;
  supportWindowDays: number;
  tiers: Tier[];
}

export type ThresholdPolicyAdopted = DomainEvent<
  'threshold_policy.adopted.v1',
  ThresholdPolicy & { adoptedBy: string; adoptedAt: string }
>;

export type ThresholdPolicyEvent = ThresholdPolicyAdopted;
