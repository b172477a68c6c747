import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CommandAcceptedResolver } from './commands/command-accepted.resolver';
import { CommandMutations } from './commands/command-mutations';
import { MeResolver } from './me.resolver';
import { AgendaItemResolver, DocketEntryResolver } from './queries/agenda-item.resolver';
import { CommitteeSessionChangesResolver } from './queries/committee-session-changes.resolver';
import { CommitteeResolver } from './queries/committee.resolver';
import { DepartmentImplementationsResolver } from './queries/department-implementations.resolver';
import { DepartmentsResolver } from './queries/departments.resolver';
import { MasterPlanResolver, PlanPolicyResolver, StrategyResolver } from './queries/master-plan.resolver';
import { MotionResolver } from './queries/motion.resolver';
import { OrganizationsResolver } from './queries/organizations.resolver';
import { ProposalsResolver } from './queries/proposals.resolver';
import { ReviewDeadlineResolver } from './queries/review-deadline.resolver';
import { ReviewQueueResolver } from './queries/review-queue.resolver';
import { SubscriptionsResolver } from './queries/subscriptions.resolver';
import { SignInResolver } from './sign-in/sign-in.resolver';

/** Every resolver of the gateway: the running gateway and schema.graphql are built from this one list. */
export const GATEWAY_RESOLVERS = [
  MeResolver,
  SignInResolver,
  CommandMutations,
  CommandAcceptedResolver,
  ProposalsResolver,
  ReviewDeadlineResolver,
  ReviewQueueResolver,
  DepartmentImplementationsResolver,
  OrganizationsResolver,
  DepartmentsResolver,
  CommitteeResolver,
  AgendaItemResolver,
  DocketEntryResolver,
  MotionResolver,
  CommitteeSessionChangesResolver,
  MasterPlanResolver,
  StrategyResolver,
  PlanPolicyResolver,
  SubscriptionsResolver,
  AuditResolver,
  AuditLogResolver,
];
