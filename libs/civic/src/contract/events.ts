import type {
  CouncilEvent,
  RegisteredDepartmentEvent,
  OrganizationEvent,
  PersonEvent,
  ProposalEvent,
  ThresholdPolicyEvent,
} from '@hyeopchi/civic/domain';

/**
 * Every event the civic context records: what its projections, other contexts' process managers and the auditor
 * read. A type names its schema version (`proposal.submitted.v1`); a breaking change is a new name, and
 * `docs/events.schema.json` (`npm run events:catalogue`) states each one's data.
 */
export type CivicEvent =
  | OrganizationEvent
  | ProposalEvent
  | ThresholdPolicyEvent
  | PersonEvent
  | CouncilEvent
  | RegisteredDepartmentEvent;
