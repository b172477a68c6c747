import { CommandMetadata, Decider, DomainError, boundedText, unreachable } from '@hyeopchi/domain-kernel';
import { MasterPlanEvent } from './events';
import { MASTER_PLAN_LIMITS } from './limits';

type With<Type extends string, Data> = {
  type: Type;
  data: Data & { planId: string };
  metadata: CommandMetadata;
};

export type MasterPlanCommand =
  | With<'AdoptMasterPlan', { title: string; vision: string; periodFrom: string; periodTo: string }>
  | With<'DefineStrategy', { strategyId: string; title: string }>
  | With<'DefinePolicy', { policyId: string; strategyId: string; title: string }>
  | With<'RecordPendingIssue', { issueId: string; text: string }>;

export type MasterPlanState =
  | { status: 'none' }
  | {
      status: 'adopted';
      strategies: readonly string[];
      policies: readonly string[];
      issues: readonly string[];
    };

export type MasterPlanErrorCode =
  | 'PLAN_EXISTS'
  | 'PLAN_NOT_ADOPTED'
  | 'INVALID_PLAN'
  | 'STRATEGY_EXISTS'
  | 'UNKNOWN_STRATEGY'
  | 'POLICY_EXISTS'
  | 'PENDING_ISSUE_EXISTS';

const refuse = (code: MasterPlanErrorCode, message: string) => new DomainError(code, message);

export function decideMasterPlan(command: MasterPlanCommand, state: MasterPlanState): MasterPlanEvent[] {
  const { planId } = command.data;
  const at = command.metadata.now.toISOString();
  if (command.type === 'AdoptMasterPlan') {
    if (state.status !== 'none') throw refuse('PLAN_EXISTS', `master plan ${planId} is adopted already`);
    const { periodFrom, periodTo } = command.data;
    if (!(Date.parse(periodFrom) < Date.parse(periodTo))) {
      throw refuse('INVALID_PLAN', 'a plan covers a period from one date to a later one');
    }
    const title = text(command.data.title, 'a title', MASTER_PLAN_LIMITS.title);
    const vision = text(command.data.vision, 'a vision', MASTER_PLAN_LIMITS.vision);
    return [
      {
        type: 'master_plan.adopted.v1',
        data: { planId, title, vision, periodFrom, periodTo, adoptedAt: at },
      },
    ];
  }
  if (state.status === 'none') throw refuse('PLAN_NOT_ADOPTED', `master plan ${planId} is not adopted`);
  switch (command.type) {
    case 'DefineStrategy': {
      const { strategyId } = command.data;
      if (state.strategies.includes(strategyId))
        throw refuse('STRATEGY_EXISTS', `${strategyId} is defined already`);
      return [
        {
          type: 'master_plan.strategy_defined.v1',
          data: {
            planId,
            strategyId,
            title: text(command.data.title, 'a title', MASTER_PLAN_LIMITS.title),
            definedAt: at,
          },
        },
      ];
    }
    case 'DefinePolicy': {
      const { policyId, strategyId } = command.data;
      if (!state.strategies.includes(strategyId))
        throw refuse('UNKNOWN_STRATEGY', `${strategyId} is not a strategy of this plan`);
      if (state.policies.includes(policyId)) throw refuse('POLICY_EXISTS', `${policyId} is defined already`);
      return [
        {
          type: 'master_plan.policy_defined.v1',
          data: {
            planId,
            policyId,
            strategyId,
            title: text(command.data.title, 'a title', MASTER_PLAN_LIMITS.title),
            definedAt: at,
          },
        },
      ];
    }
    case 'RecordPendingIssue': {
      const { issueId } = command.data;
      if (state.issues.includes(issueId))
        throw refuse('PENDING_ISSUE_EXISTS', `${issueId} is recorded already`);
      return [
        {
          type: 'master_plan.pending_issue_recorded.v1',
          data: {
            planId,
            issueId,
            text: text(command.data.text, 'a text', MASTER_PLAN_LIMITS.pendingIssue),
            recordedAt: at,
          },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

function text(value: string, what: string, max: number): string {
  const bounded = boundedText(value, max);
  if (bounded === null)
    throw refuse('INVALID_PLAN', `${what} needs 1 to ${max.toLocaleString('en')} characters`);
  return bounded;
}

export function evolveMasterPlan(state: MasterPlanState, event: MasterPlanEvent): MasterPlanState {
  if (event.type === 'master_plan.adopted.v1')
    return { status: 'adopted', strategies: [], policies: [], issues: [] };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'master_plan.strategy_defined.v1':
      return { ...state, strategies: [...state.strategies, event.data.strategyId] };
    case 'master_plan.policy_defined.v1':
      return { ...state, policies: [...state.policies, event.data.policyId] };
    case 'master_plan.pending_issue_recorded.v1':
      return { ...state, issues: [...state.issues, event.data.issueId] };
    default:
      return unreachable(event);
  }
}

export const masterPlanDecider: Decider<MasterPlanCommand, MasterPlanEvent, MasterPlanState> = {
  initialState: { status: 'none' },
  decide: decideMasterPlan,
  evolve: evolveMasterPlan,
};
