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

/** A version as its space adopted it: in force from `takesEffectAt` until a later adopted version takes effect. */
export interface AdoptedPolicy extends ThresholdPolicy {
  spaceId: string;
  takesEffectAt: string;
}

export type ThresholdPolicyAdopted = DomainEvent<
  'threshold_policy.adopted.v1',
  AdoptedPolicy & { adoptedBy: string; adoptedAt: string }
>;

export type ThresholdPolicyEvent = ThresholdPolicyAdopted;
