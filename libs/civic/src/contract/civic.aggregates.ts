import { councilAggregate } from './council.contract';
import { departmentAggregate } from './department.contract';
import { organizationAggregate } from './organization.contract';
import { personAggregate } from './person.contract';
import { proposalAggregate } from './proposal.contract';
import { thresholdPolicyAggregate } from './threshold-policy.contract';

/** The civic context's aggregates: every command it takes and the streams it writes. */
export const civicAggregates = [
  organizationAggregate,
  thresholdPolicyAggregate,
  proposalAggregate,
  personAggregate,
  councilAggregate,
  departmentAggregate,
];
