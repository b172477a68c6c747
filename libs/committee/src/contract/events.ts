import type { DocketEvent, MasterPlanEvent, RosterEvent, SessionEvent } from '@hyeopchi/committee/domain';

/**
 * Every event the committee context records: what its projections, other contexts' process managers and the
 * auditor read. A type names its schema version (`session.decision_recorded.v1`); a breaking change is a new name,
 * and `docs/events.schema.json` (`npm run events:catalogue`) states each one's data.
 */
export type CommitteeEvent = SessionEvent | RosterEvent | DocketEvent | MasterPlanEvent;

/** How the committee's events of earlier revisions read now. */
export { committeeUpcasters } from '@hyeopchi/committee/domain';
