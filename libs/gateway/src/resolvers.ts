import { AuditResolver } from './audit/audit.resolver';
import { CommandAcceptedResolver } from './commands/command-accepted.resolver';
import { CommandMutations } from './commands/command-mutations';
import { MeResolver } from './me.resolver';
import { CommitteeResolver } from './queries/committee.resolver';
import { DepartmentsResolver } from './queries/departments.resolver';
import { MasterPlanResolver, PlanPolicyResolver, StrategyResolver } from './queries/master-plan.resolver';
import { OrganizationsResolver } from './queries/organizations.resolver';
import { ProposalsResolver } from './queries/proposals.resolver';
import { SubscriptionsResolver } from './queries/subscriptions.resolver';
import { SignInResolver } from './sign-in/sign-in.resolver';

/** Every resolver of the gateway: the running gateway and schema.graphql are built from this one list. */
export const GATEWAY_RESOLVERS = [
  MeResolver,
  SignInResolver,
  CommandMutations,
  CommandAcceptedResolver,
  ProposalsResolver,
  OrganizationsResolver,
  DepartmentsResolver,
  CommitteeResolver,
  MasterPlanResolver,
  StrategyResolver,
  PlanPolicyResolver,
  SubscriptionsResolver,
  AuditResolver,
];
