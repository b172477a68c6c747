import { unreachable } from '@hyeopchi/domain-kernel';
import { ImplementationEvent } from './events';

export type ImplementationState =
  | { status: 'unplanned' }
  | { status: 'requested'; id: string; proposalId: string; department: string }
  | {
      status: 'in_progress' | 'stalled' | 'completed';
      id: string;
      proposalId: string;
      department: string;
      openMilestones: readonly string[];
      percent: number;
    };

export const initialImplementation: ImplementationState = { status: 'unplanned' };

export function evolveImplementation(
  state: ImplementationState,
  event: ImplementationEvent,
): ImplementationState {
  if (event.type === 'implementation.requested.v1') {
    const { implementationId, proposalId, department } = event.data;
    return { status: 'requested', id: implementationId, proposalId, department };
  }
  if (event.type === 'implementation.planned.v1') {
    const { implementationId, proposalId, department, milestones } = event.data;
    return {
      status: 'in_progress',
      id: implementationId,
      proposalId,
      department,
      openMilestones: milestones.map((milestone) => milestone.milestoneId),
      percent: 0,
    };
  }
  if (state.status === 'unplanned' || state.status === 'requested' || state.status === 'completed')
    return state;
  switch (event.type) {
    case 'implementation.milestone_completed.v1':
      return { ...state, openMilestones: state.openMilestones.filter((id) => id !== event.data.milestoneId) };
    case 'implementation.progress_reported.v1':
      // reporting progress on a stalled implementation resumes it
      return { ...state, status: 'in_progress', percent: event.data.percent };
    case 'implementation.completed.v1':
      return { ...state, status: 'completed', percent: 100 };
    case 'implementation.stalled.v1':
      return { ...state, status: 'stalled' };
    default:
      return unreachable(event);
  }
}
