import { DomainEvent } from '@hyeopchi/domain-kernel';

export interface PlannedMilestone {
  milestoneId: string;
  title: string;
  dueAt: string;
}

/** A committee decision asked the lead department for a plan. */
export type ImplementationRequested = DomainEvent<
  'implementation.requested.v1',
  {
    implementationId: string;
    proposalId: string;
    department: string;
    decisionId: string;
    requestedAt: string;
  }
>;
export type ImplementationPlanned = DomainEvent<
  'implementation.planned.v1',
  {
    implementationId: string;
    proposalId: string;
    department: string;
    milestones: PlannedMilestone[];
    plannedAt: string;
  }
>;
export type MilestoneCompleted = DomainEvent<
  'implementation.milestone_completed.v1',
  { implementationId: string; milestoneId: string; completedAt: string }
>;
export type ProgressReported = DomainEvent<
  'implementation.progress_reported.v1',
  {
    implementationId: string;
    percent: number;
    previousPercent: number;
    note: string;
    reason: string | null;
    reportedAt: string;
  }
>;
export type ImplementationCompleted = DomainEvent<
  'implementation.completed.v1',
  { implementationId: string; proposalId: string; completedAt: string }
>;
export type ImplementationStalled = DomainEvent<
  'implementation.stalled.v1',
  { implementationId: string; reason: string; stalledAt: string }
>;

export type ImplementationEvent =
  | ImplementationRequested
  | ImplementationPlanned
  | MilestoneCompleted
  | ProgressReported
  | ImplementationCompleted
  | ImplementationStalled;
