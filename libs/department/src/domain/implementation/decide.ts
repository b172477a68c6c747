import { CommandMetadata, Decider, DomainError, unreachable } from '@hyeopchi/domain-kernel';
import { ImplementationEvent, PlannedMilestone } from './events';
import { ImplementationState, evolveImplementation, initialImplementation } from './state';

type With<Type extends string, Data> = {
  type: Type;
  data: Data & { implementationId: string };
  metadata: CommandMetadata;
};

export type ImplementationCommand =
  | With<'RequestImplementation', { proposalId: string; department: string; decisionId: string }>
  | With<'PlanImplementation', { milestones: PlannedMilestone[] }>
  | With<'CompleteMilestone', { milestoneId: string }>
  | With<'ReportProgress', { percent: number; note: string; reason?: string }>
  | With<'CompleteImplementation', object>
  | With<'StallImplementation', { reason: string }>;

export type ImplementationErrorCode =
  | 'IMPLEMENTATION_EXISTS'
  | 'IMPLEMENTATION_NOT_FOUND'
  | 'IMPLEMENTATION_CLOSED'
  | 'INVALID_PLAN'
  | 'UNKNOWN_MILESTONE'
  | 'INVALID_PROGRESS'
  | 'PROGRESS_BACKWARDS'
  | 'MILESTONES_OPEN'
  | 'REASON_REQUIRED';

const refuse = (code: ImplementationErrorCode, message: string) => new DomainError(code, message);

export function decideImplementation(
  command: ImplementationCommand,
  state: ImplementationState,
): ImplementationEvent[] {
  const { implementationId } = command.data;
  const at = command.metadata.now.toISOString();
  if (command.type === 'RequestImplementation') {
    if (state.status !== 'unplanned')
      throw refuse('IMPLEMENTATION_EXISTS', `${implementationId} is requested already`);
    const { proposalId, department, decisionId } = command.data;
    return [
      {
        type: 'implementation.requested.v1',
        data: { implementationId, proposalId, department, decisionId, requestedAt: at },
      },
    ];
  }
  if (command.type === 'PlanImplementation') {
    // only a requested implementation is planned: its proposal and department come from the request
    if (state.status === 'unplanned')
      throw refuse('IMPLEMENTATION_NOT_FOUND', `no implementation ${implementationId} was requested`);
    if (state.status !== 'requested')
      throw refuse('IMPLEMENTATION_EXISTS', `${implementationId} is planned already`);
    const { proposalId, department } = state;
    const { milestones } = command.data;
    if (milestones.length === 0) throw refuse('INVALID_PLAN', 'a plan has at least one milestone');
    if (new Set(milestones.map((milestone) => milestone.milestoneId)).size !== milestones.length) {
      throw refuse('INVALID_PLAN', 'each milestone id appears once');
    }
    if (
      milestones.some((milestone) => !milestone.title?.trim() || Number.isNaN(Date.parse(milestone.dueAt)))
    ) {
      throw refuse('INVALID_PLAN', 'each milestone has a title and a due date');
    }
    return [
      {
        type: 'implementation.planned.v1',
        data: { implementationId, proposalId, department, milestones, plannedAt: at },
      },
    ];
  }
  if (state.status === 'unplanned' || state.status === 'requested')
    throw refuse('IMPLEMENTATION_NOT_FOUND', `${implementationId} has no plan`);
  if (state.status === 'completed') throw refuse('IMPLEMENTATION_CLOSED', `${implementationId} is completed`);
  switch (command.type) {
    case 'CompleteMilestone': {
      const { milestoneId } = command.data;
      if (!state.openMilestones.includes(milestoneId)) {
        throw refuse('UNKNOWN_MILESTONE', `${milestoneId} is not an open milestone of ${implementationId}`);
      }
      return [
        {
          type: 'implementation.milestone_completed.v1',
          data: { implementationId, milestoneId, completedAt: at },
        },
      ];
    }
    case 'ReportProgress': {
      const { percent, note } = command.data;
      if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
        throw refuse('INVALID_PROGRESS', 'progress is a whole percentage from 0 to 100');
      }
      const reason = command.data.reason?.trim() || null;
      if (percent < state.percent && !reason) {
        throw refuse('PROGRESS_BACKWARDS', `progress falls from ${state.percent}% only with a reason`);
      }
      return [
        {
          type: 'implementation.progress_reported.v1',
          data: {
            implementationId,
            percent,
            previousPercent: state.percent,
            note: note.trim(),
            reason,
            reportedAt: at,
          },
        },
      ];
    }
    case 'CompleteImplementation':
      if (state.openMilestones.length > 0) {
        throw refuse('MILESTONES_OPEN', `milestones still open: ${state.openMilestones.join(', ')}`);
      }
      return [
        {
          type: 'implementation.completed.v1',
          data: { implementationId, proposalId: state.proposalId, completedAt: at },
        },
      ];
    case 'StallImplementation': {
      const reason = command.data.reason?.trim();
      if (!reason) throw refuse('REASON_REQUIRED', 'say why the implementation stalled');
      return [{ type: 'implementation.stalled.v1', data: { implementationId, reason, stalledAt: at } }];
    }
    default:
      return unreachable(command);
  }
}

export const implementationDecider: Decider<ImplementationCommand, ImplementationEvent, ImplementationState> =
  {
    initialState: initialImplementation,
    decide: decideImplementation,
    evolve: evolveImplementation,
  };
