import { EntityManager } from 'typeorm';
import { Implementation, Review } from './department.entities';
import { advanceProposal } from '@hyeopchi/civic/read-model';
import { DepartmentEvent } from '@hyeopchi/department/contract';
import { ProjectionsOf, changeRow } from '@hyeopchi/gateway-kit';

const changeImplementation = (
  manager: EntityManager,
  id: string,
  change: (implementation: Implementation) => Partial<Implementation>,
) => changeRow(manager, Implementation, { id }, change);

export const departmentProjections: ProjectionsOf<DepartmentEvent> = {
  'review.opened.v1': async (data, manager) => {
    await manager.upsert(
      Review,
      {
        id: data.reviewId,
        proposalId: data.proposalId,
        department: data.department,
        lead: data.leadDepartment === data.department,
        openedAt: new Date(data.openedAt),
        dueAt: new Date(data.dueAt),
      },
      ['id'],
    );
    await advanceProposal(manager, data.proposalId, 'under_review');
  },
  'review.officer_assigned.v1': ({ reviewId, officerId }, manager) =>
    manager.update(Review, { id: reviewId }, { officerId }),
  'review.interim_answer_given.v1': async ({ reviewId, text, givenBy, givenAt }, manager) => {
    await changeRow(manager, Review, { id: reviewId }, (review) => ({
      interimAnswers: [...review.interimAnswers, { text, givenBy, givenAt }],
    }));
  },
  'review.answered.v1': (data, manager) =>
    manager.update(
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
    ),
  'review.escalated.v1': ({ reviewId, escalatedAt }, manager) =>
    manager.update(Review, { id: reviewId }, { escalatedAt: new Date(escalatedAt) }),

  'implementation.requested.v1': async (data, manager) => {
    await manager.upsert(
      Implementation,
      {
        id: data.implementationId,
        proposalId: data.proposalId,
        department: data.department,
        decisionId: data.decisionId,
        requestedAt: new Date(data.requestedAt),
      },
      ['id'],
    );
    await advanceProposal(manager, data.proposalId, 'implementing');
  },
  'implementation.planned.v1': ({ implementationId, milestones }, manager) =>
    changeImplementation(manager, implementationId, () => ({
      status: 'in_progress',
      milestones: milestones.map((milestone) => ({ ...milestone, completedAt: null })),
    })),
  'implementation.milestone_completed.v1': ({ implementationId, milestoneId, completedAt }, manager) =>
    changeImplementation(manager, implementationId, ({ milestones }) => ({
      milestones: milestones.map((milestone) =>
        milestone.milestoneId === milestoneId ? { ...milestone, completedAt } : milestone,
      ),
    })),
  'implementation.progress_reported.v1': ({ implementationId, percent, note, reason, reportedAt }, manager) =>
    changeImplementation(manager, implementationId, ({ reports }) => ({
      status: 'in_progress',
      stalledReason: null,
      percent,
      reports: [...reports, { percent, note, reason, reportedAt }],
    })),
  'implementation.stalled.v1': ({ implementationId, reason }, manager) =>
    changeImplementation(manager, implementationId, () => ({ status: 'stalled', stalledReason: reason })),
  'implementation.completed.v1': async ({ implementationId, proposalId, completedAt }, manager) => {
    await changeImplementation(manager, implementationId, () => ({
      status: 'completed',
      completedAt: new Date(completedAt),
    }));
    await advanceProposal(manager, proposalId, 'implemented');
  },
};
