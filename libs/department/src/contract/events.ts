import type { ImplementationEvent, ReviewEvent } from '@hyeopchi/department/domain';

/**
 * Every event the department context records: what its projections, other contexts' process managers and the
 * auditor read. A type names its schema version (`review.answered.v1`); a breaking change is a new name, and
 * `docs/events.schema.json` (`npm run events:catalogue`) states each one's data.
 */
export type DepartmentEvent = ReviewEvent | ImplementationEvent;
