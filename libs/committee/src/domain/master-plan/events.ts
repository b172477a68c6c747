import { DomainEvent } from '@hyeopchi/domain-kernel';

export type MasterPlanAdopted = DomainEvent<
  'master_plan.adopted.v1',
  { planId: string; title: string; vision: string; periodFrom: string; periodTo: string; adoptedAt: string }
>;
export type StrategyDefined = DomainEvent<
  'master_plan.strategy_defined.v1',
  { planId: string; strategyId: string; title: string; definedAt: string }
>;
export type PolicyDefined = DomainEvent<
  'master_plan.policy_defined.v1',
  { planId: string; policyId: string; strategyId: string; title: string; definedAt: string }
>;
export type PendingIssueRecorded = DomainEvent<
  'master_plan.pending_issue_recorded.v1',
  { planId: string; issueId: string; text: string; recordedAt: string }
>;

export type MasterPlanEvent = MasterPlanAdopted | StrategyDefined | PolicyDefined | PendingIssueRecorded;
