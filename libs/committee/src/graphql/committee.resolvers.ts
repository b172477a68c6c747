import { AgendaItemResolver, DocketEntryResolver } from './agenda-item.resolver';
import { CommitteeSessionChangesResolver } from './committee-session-changes.resolver';
import { CommitteeResolver } from './committee.resolver';
import { MasterPlanResolver, PlanPolicyResolver, StrategyResolver } from './master-plan.resolver';
import { MotionResolver } from './motion.resolver';

/** The committee context's queries and mutations. */
export const committeeResolvers = [
  CommitteeResolver,
  AgendaItemResolver,
  DocketEntryResolver,
  MotionResolver,
  CommitteeSessionChangesResolver,
  MasterPlanResolver,
  StrategyResolver,
  PlanPolicyResolver,
];
