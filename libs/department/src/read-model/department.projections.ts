import { Implementation, Review } from './department.entities';
import { advanceProposal, recordOfficial } from '@hyeopchi/civic/read-model';
import { DepartmentEvent } from '@hyeopchi/department/contract';
import { ProjectionsOf, ReadModelUnit, changeRow, rowOf } from '@hyeopchi/gateway-kit';

const changeImplementation = (
  unit: ReadModelUnit,
  id: string,
  change: (implementation: Implementation) => Partial<Implementation>,
) => changeRow(unit, Implementation, { id }, change);

export const departmentProjections: ProjectionsOf<DepartmentEvent> = {
  'review.opened.v1': async (data, unit) => {
    await unit.upsert(Review, {
      id: data.reviewId,
      proposalId: data.proposalId,
      department: data.department,
      lead: data.leadDepartment === data.department,
      openedAt: new Date(data.openedAt),
      dueAt: new Date(data.dueAt),
    });
    await advanceProposal(unit, data.proposalId, 'under_review');
  },
  'review.officer_assigned.v1': async ({ reviewId, officerId }, unit) => {
    await unit.update(Review, { id: reviewId }, { officerId });
    await recordOfficial(unit, officerId, (await rowOf(unit, Review, { id: reviewId })).department);
  },
  'review.interim_answer_given.v1': async ({ reviewId, text, givenBy, givenAt }, unit) => {
    await changeRow(unit, Review, { id: reviewId }, (review) => ({
      interimAnswers: [...review.interimAnswers, { text, givenBy, givenAt }],
    }));
    await recordOfficial(unit, givenBy, (await rowOf(unit, Review, { id: reviewId })).department);
  },
  'review.answered.v1': async (data, unit) => {
    await recordOfficial(unit, data.answeredBy, data.department);
    await unit.update(
      Review,
      { id: data.reviewId },
      {
        status: 'answered',
        outcome: data.outcome,
        reasons: data.reasons,
        estimatedCost: data.estimatedCost,
        answeredBy: data.answeredBy,
        answeredAt: new Date(data.answeredAt),
      },
    );
  },
  'review.escalated.v1': ({ reviewId, escalatedAt }, unit) =>
    unit.update(Review, { id: reviewId }, { escalatedAt: new Date(escalatedAt) }),

  'implementation.requested.v1': async (data, unit) => {
    await unit.upsert(Implementation, {
      id: data.implementationId,
      proposalId: data.proposalId,
      department: data.department,
      decisionId: data.decisionId,
      requestedAt: new Date(data.requestedAt),
    });
    await advanceProposal(unit, data.proposalId, 'implementing');
  },
  'implementation.planned.v1': ({ implementationId, milestones }, unit) =>
    changeImplementation(unit, implementationId, () => ({
      status: 'in_progress',
      milestones: milestones.map((milestone) => ({ ...milestone, completedAt: null })),
    })),
  'implementation.milestone_completed.v1': ({ implementationId, milestoneId, completedAt }, unit) =>
    changeImplementation(unit, implementationId, ({ milestones }) => ({
      milestones: milestones.map((milestone) =>
        milestone.milestoneId === milestoneId ? { ...milestone, completedAt } : milestone,
      ),
    })),
  'implementation.progress_reported.v1': ({ implementationId, percent, note, reason, reportedAt }, unit) =>
    changeImplementation(unit, implementationId, ({ reports }) => ({
      status: 'in_progress',
      stalledReason: null,
      percent,
      reports: [...reports, { percent, note, reason, reportedAt }],
    })),
  'implementation.stalled.v1': ({ implementationId, reason }, unit) =>
    changeImplementation(unit, implementationId, () => ({ status: 'stalled', stalledReason: reason })),
  'implementation.completed.v1': async ({ implementationId, proposalId, completedAt }, unit) => {
    await changeImplementation(unit, implementationId, () => ({
      status: 'completed',
      completedAt: new Date(completedAt),
    }));
    await advanceProposal(unit, proposalId, 'implemented');
  },
};
