import type { FeedbackEvent, SurveyEvent } from '@hyeopchi/feedback/domain';

/**
 * Every event the feedback context records: what its projections and the auditor read. A type names its schema
 * version (`feedback.given.v1`); a breaking change is a new name, and `docs/events.schema.json`
 * (`npm run events:catalogue`) states each one's data.
 */
export type FeedbackContextEvent = FeedbackEvent | SurveyEvent;
