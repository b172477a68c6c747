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
import { OrganizationsResolver } from './organizations.resolver';
import { PersonMutations, TimelineStepPeopleResolver } from './people.resolvers';
import { ProposalMutations } from './proposal.mutations';
import { ProposalsResolver } from './proposals.resolver';
import { ThresholdPoliciesResolver } from './threshold-policies.resolver';
import { ThresholdPolicyMutations } from './threshold-policy.mutations';

/** The civic context's queries and mutations. */
export const civicResolvers = [
  ProposalsResolver,
  OrganizationsResolver,
  DistrictsResolver,
  OrganizationMutations,
  ProposalMutations,
  ThresholdPolicyMutations,
  ThresholdPoliciesResolver,
  TimelineStepPeopleResolver,
  PersonMutations,
  DepartmentsDirectoryResolver,
  DepartmentMutations,
  ProposalDepartmentsResolver,
  AnswerDepartmentResolver,
  PersonDepartmentResolver,
  TimelineStepDepartmentResolver,
];
