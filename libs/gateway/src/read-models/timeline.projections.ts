import { EventEnvelope } from '@hyeopchi/messaging';
import { AgendaItem } from '@hyeopchi/committee/read-model';
import { Implementation, Review } from '@hyeopchi/department/read-model';
import { TimelineStep } from '@hyeopchi/civic/read-model';
import { ReadModelUnit, rowOf } from '@hyeopchi/gateway-kit';

interface StepFacts {
  proposalId: string;
  at: string;
  department?: string | null;
  detail?: string | null;
  /** Who the step names, when not the one who sent the command (the event's metadata). */
  by?: { actor: string; role: string };
}

/**
 * A tier is reached by the proposal's threshold policy, not by a person: the command whose count met the
 * threshold is a supporter's, and who supports a proposal is not public.
 */
const THE_THRESHOLD_POLICY = { actor: 'system:civic.threshold-policy', role: 'system' };

/** A proposal moves between spaces by a committee's decision, which the platform carries out. */
const MOVED_BY_A_COMMITTEE = { actor: 'system:civic.moves-by-committees', role: 'system' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- event data is typed by each event's own contract
type StepOf = (data: any, unit: ReadModelUnit) => StepFacts | Promise<StepFacts>;

/** Events of a review, implementation or agenda item name their proposal only in their stream's first event. */
const ofReview = async (unit: ReadModelUnit, reviewId: string, at: string, detail: string | null = null) => {
  const { proposalId, department } = await rowOf(unit, Review, { id: reviewId });
  return { proposalId, at, department, detail };
};
const ofImplementation = async (
  unit: ReadModelUnit,
  implementationId: string,
  at: string,
  detail: (implementation: Implementation) => string | null = () => null,
) => {
  const implementation = await rowOf(unit, Implementation, { id: implementationId });
  const { proposalId, department } = implementation;
  return { proposalId, at, department, detail: detail(implementation) };
};

/**
 * The steps of a proposal's journey, by event type. Supports and ratings are left out: their people are not
 * public (the proposal shows their counts), and a popular proposal would drown its own story in them.
 */
const STEPS: Readonly<Record<string, StepOf>> = {
  'proposal.drafted.v1': (data) => ({ proposalId: data.proposalId, at: data.draftedAt }),
  'proposal.edited.v1': (data) => ({ proposalId: data.proposalId, at: data.editedAt }),
  'proposal.submitted.v1': (data) => ({ proposalId: data.proposalId, at: data.submittedAt }),
  'proposal.tier_reached.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.reachedAt,
    detail: data.tier,
    by: THE_THRESHOLD_POLICY,
  }),
  'proposal.forum_held.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.recordedAt,
    detail: String(data.participants),
  }),
  'proposal.amended.v1': (data) => ({ proposalId: data.proposalId, at: data.amendedAt, detail: data.reason }),
  // referred to the city by a district's or council's committee decision: the step names where it came from
  'proposal.referred.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.referredAt,
    detail: data.fromSpaceId,
    by: MOVED_BY_A_COMMITTEE,
  }),
  // delegated by the city's committee: the step names the district it went to
  'proposal.delegated.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.delegatedAt,
    detail: data.toSpaceId,
    by: MOVED_BY_A_COMMITTEE,
  }),
  'proposal.withdrawn.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.withdrawnAt,
    detail: data.reason,
  }),

  'review.opened.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.openedAt,
    department: data.department,
  }),
  'review.officer_assigned.v1': (data, unit) => ofReview(unit, data.reviewId, data.assignedAt),
  'review.interim_answer_given.v1': (data, unit) => ofReview(unit, data.reviewId, data.givenAt, data.text),
  'review.answered.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.answeredAt,
    department: data.department,
    detail: data.outcome,
  }),
  'review.escalated.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.escalatedAt,
    department: data.department,
  }),

  'implementation.requested.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.requestedAt,
    department: data.department,
  }),
  'implementation.planned.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.plannedAt,
    department: data.department,
  }),
  'implementation.milestone_completed.v1': (data, unit) =>
    ofImplementation(
      unit,
      data.implementationId,
      data.completedAt,
      ({ milestones }) =>
        milestones.find((milestone) => milestone.milestoneId === data.milestoneId)?.title ?? null,
    ),
  'implementation.progress_reported.v1': (data, unit) =>
    ofImplementation(unit, data.implementationId, data.reportedAt, () => String(data.percent)),
  'implementation.stalled.v1': (data, unit) =>
    ofImplementation(unit, data.implementationId, data.stalledAt, () => data.reason),
  'implementation.completed.v1': (data, unit) =>
    ofImplementation(unit, data.implementationId, data.completedAt),

  'session.agenda_item_added.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.addedAt,
    detail: data.sessionId,
  }),
  'session.motion_proposed.v1': async (data, unit) => {
    const { sessionId, itemId } = data;
    const { proposalId } = await rowOf(unit, AgendaItem, { sessionId, itemId });
    return { proposalId, at: data.proposedAt, detail: data.text };
  },
  'session.decision_recorded.v1': (data) => ({
    proposalId: data.proposalId,
    at: data.recordedAt,
    detail: data.outcome,
  }),

  'feedback.opened.v1': (data) => ({ proposalId: data.proposalId, at: data.openedAt, detail: data.target }),
};

/** Records the event as a step of its proposal's journey, after the event's own projection. */
export async function recordTimelineStep(unit: ReadModelUnit, event: EventEnvelope): Promise<void> {
  const stepOf = STEPS[event.type];
  if (!stepOf) return;
  const { proposalId, at, department = null, detail = null, by } = await stepOf(event.data, unit);
  await unit.upsert(TimelineStep, {
    eventId: event.eventId,
    proposalId,
    position: String(event.globalPosition),
    step: event.type.replace(/\.v\d+$/, ''),
    at: new Date(at),
    actor: by ? by.actor : (event.metadata.actor ?? null),
    role: by ? by.role : (event.metadata.role ?? null),
    department,
    detail,
  });
}
