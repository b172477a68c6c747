import { MembershipRequest, Organization, OrganizationMember, Proposal, Supporter } from './civic.entities';
import { ThresholdPolicyVersion } from './threshold-policy.entities';
import { PersonProfile } from './people.entities';
import { TimelineStep } from './timeline.entities';
import { Council } from './space.entities';
import { RegisteredDepartment } from './department.entities';

/** The civic context's tables in the read models. */
export const civicEntities = [
  Proposal,
  Supporter,
  Organization,
  OrganizationMember,
  MembershipRequest,
  TimelineStep,
  ThresholdPolicyVersion,
  PersonProfile,
  Council,
  RegisteredDepartment,
];
