import type { CivicEvent } from '@hyeopchi/civic/contract';
import type { CommitteeEvent } from '@hyeopchi/committee/contract';
import { Context } from '@hyeopchi/context-names';
import type { DepartmentEvent } from '@hyeopchi/department/contract';
import type { FeedbackContextEvent } from '@hyeopchi/feedback/contract';

/**
 * The type names of a context's events, as a set a consumer checks at run time. The compiler refuses a list that
 * misses a type of the context's event union, or names one it does not have: adding an event means adding it here.
 */
const everyType =
  <Event extends { type: string }>() =>
  <const Types extends readonly Event['type'][]>(
    types: Types & ([Exclude<Event['type'], Types[number]>] extends [never] ? unknown : never),
  ): ReadonlySet<string> =>
    new Set(types);

const EVENT_TYPES: Readonly<Record<Context, ReadonlySet<string>>> = {
  civic: everyType<CivicEvent>()([
    'council.created.v1',
    'department.officer_assigned.v1',
    'department.officer_released.v1',
    'department.registered.v1',
    'department.renamed.v1',
    'organization.member_joined.v1',
    'organization.member_left.v1',
    'organization.membership_approved.v1',
    'organization.membership_declined.v1',
    'organization.membership_request_withdrawn.v1',
    'organization.membership_requested.v1',
    'organization.registered.v1',
    'organization.renamed.v1',
    'organization.verification_revoked.v1',
    'organization.verified.v1',
    'organization.verified.v2',
    'person.named.v1',
    'proposal.amended.v1',
    'proposal.answer_received.v1',
    'proposal.delegated.v1',
    'proposal.drafted.v1',
    'proposal.edited.v1',
    'proposal.forum_held.v1',
    'proposal.referred.v1',
    'proposal.submitted.v1',
    'proposal.support_withdrawn.v1',
    'proposal.supported.v1',
    'proposal.tier_reached.v1',
    'proposal.withdrawn.v1',
    'threshold_policy.adopted.v1',
  ]),
  department: everyType<DepartmentEvent>()([
    'implementation.completed.v1',
    'implementation.milestone_completed.v1',
    'implementation.planned.v1',
    'implementation.progress_reported.v1',
    'implementation.requested.v1',
    'implementation.stalled.v1',
    'review.answered.v1',
    'review.escalated.v1',
    'review.interim_answer_given.v1',
    'review.officer_assigned.v1',
    'review.opened.v1',
  ]),
  committee: everyType<CommitteeEvent>()([
    'committee.co_chairs_designated.v1',
    'committee.established.v1',
    'committee.member_appointed.v1',
    'committee.member_removed.v1',
    'docket.item_proposed.v1',
    'indicator.defined.v1',
    'indicator.measured.v1',
    'indicator.retired.v1',
    'master_plan.adopted.v1',
    'master_plan.pending_issue_recorded.v1',
    'master_plan.policy_defined.v1',
    'master_plan.strategy_defined.v1',
    'session.agenda_item_added.v1',
    'session.attendance_recorded.v1',
    'session.conflict_declared.v1',
    'session.decision_recorded.v1',
    'session.minutes_published.v1',
    'session.motion_proposed.v1',
    'session.scheduled.v1',
    'session.vote_cast.v1',
  ]),
  feedback: everyType<FeedbackContextEvent>()([
    'feedback.given.v1',
    'feedback.invited.v1',
    'feedback.opened.v1',
    'feedback.revised.v1',
    'survey.answered.v1',
    'survey.closed.v1',
    'survey.opened.v1',
  ]),
};

/** The event types a context records (none known for a log that is not a context's, such as a test's). */
export function eventTypesOf(context: string): ReadonlySet<string> | undefined {
  return EVENT_TYPES[context as Context];
}
