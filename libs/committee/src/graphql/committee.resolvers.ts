import { AgendaItemResolver, DecisionResolver, DocketEntryResolver } from './agenda-item.resolver';
import { CommitteeSessionChangesResolver } from './committee-session-changes.resolver';
import { CommitteeMemberResolver } from './committee-member.resolver';
import { CommitteeResolver } from './committee.resolver';
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
  CommitteeSessionChangesResolver,
  MasterPlanResolver,
  StrategyResolver,
  PlanPolicyResolver,
  RosterMutations,
  SessionMutations,
  MasterPlanMutations,
];
