import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CommandAcceptedResolver } from './commands/command-accepted.resolver';
import { CommandMutations } from './commands/command-mutations';
import { MeResolver } from './me.resolver';
import {
  AgendaItemResolver,
  DocketEntryResolver,
  CommitteeSessionChangesResolver,
  CommitteeResolver,
  MasterPlanResolver,
  PlanPolicyResolver,
  StrategyResolver,
  MotionResolver,
} from '@hyeopchi/committee/graphql';
import {
  DepartmentImplementationsResolver,
  DepartmentsResolver,
  ReviewDeadlineResolver,
  ReviewQueueResolver,
} from '@hyeopchi/department/graphql';
import { OrganizationsResolver, ProposalsResolver } from '@hyeopchi/civic/graphql';
import { SubscriptionsResolver } from './subscriptions.resolver';
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
