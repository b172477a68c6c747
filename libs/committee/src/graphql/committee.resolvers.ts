import { AgendaItemResolver, DecisionResolver, DocketEntryResolver } from './agenda-item.resolver';
import { CommitteeSessionChangesResolver } from './committee-session-changes.resolver';
import { CommitteeMemberResolver } from './committee-member.resolver';
import {
  AttendancePersonResolver,
  MotionProposerResolver,
  MotionVotePersonResolver,
} from './committee-people.resolver';
import { CommitteeResolver } from './committee.resolver';
import { IndicatorMutations } from './indicator.mutations';
import { PlanIndicatorResolver } from './indicator.resolver';
import { MasterPlanMutations } from './master-plan.mutations';
import { MasterPlanResolver, PlanPolicyResolver, StrategyResolver } from './master-plan.resolver';
import { MotionResolver } from './motion.resolver';
import { RosterMutations } from './roster.mutations';
import { SessionMutations } from './session.mutations';

/** The committee context's queries and mutations. */
export const committeeResolvers = [
  CommitteeResolver,
  CommitteeMemberResolver,
  AgendaItemResolver,
  DocketEntryResolver,
  DecisionResolver,
  MotionResolver,
  MotionProposerResolver,
  MotionVotePersonResolver,
  AttendancePersonResolver,
  CommitteeSessionChangesResolver,
  MasterPlanResolver,
  StrategyResolver,
  PlanPolicyResolver,
  PlanIndicatorResolver,
  RosterMutations,
  SessionMutations,
  MasterPlanMutations,
  IndicatorMutations,
];
