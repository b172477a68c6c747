import { DepartmentMutations } from './department.mutations';
import {
  AnswerDepartmentResolver,
  PersonDepartmentResolver,
  ProposalDepartmentsResolver,
  TimelineStepDepartmentResolver,
} from './department-names.resolvers';
import { DepartmentsDirectoryResolver } from './departments-directory.resolver';
import { DistrictsResolver } from './districts.resolver';
import { OrganizationMutations } from './organization.mutations';
import { MembershipRequestPersonResolver, OrganizationsResolver } from './organizations.resolver';
import { PersonMutations, TimelineStepPeopleResolver } from './people.resolvers';
import { ProposalMutations } from './proposal.mutations';
import { ProposalsResolver } from './proposals.resolver';
import { ThresholdPoliciesResolver } from './threshold-policies.resolver';
import { SpaceSetupMutations } from './space-setup.mutations';
import { ProposalSpaceResolver, SpacesResolver, ThresholdPolicySpaceResolver } from './spaces.resolver';

/** The civic context's queries and mutations. */
export const civicResolvers = [
  ProposalsResolver,
  OrganizationsResolver,
  MembershipRequestPersonResolver,
  DistrictsResolver,
  OrganizationMutations,
  ProposalMutations,
  SpaceSetupMutations,
  ThresholdPoliciesResolver,
  TimelineStepPeopleResolver,
  PersonMutations,
  SpacesResolver,
  ProposalSpaceResolver,
  ThresholdPolicySpaceResolver,
  DepartmentsDirectoryResolver,
  DepartmentMutations,
  ProposalDepartmentsResolver,
  AnswerDepartmentResolver,
  PersonDepartmentResolver,
  TimelineStepDepartmentResolver,
];
