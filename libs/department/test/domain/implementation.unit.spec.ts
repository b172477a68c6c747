import {
  ImplementationCommand,
  ImplementationEvent,
  implementationDecider,
} from '@hyeopchi/department/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(implementationDecider);
const now = new Date('2026-05-01T09:00:00Z');
const at = now.toISOString();
const command = <T extends ImplementationCommand['type']>(
  type: T,
  data: Omit<Extract<ImplementationCommand, { type: T }>['data'], 'implementationId'>,
) =>
  ({ type, data: { implementationId: 'i-1', ...data }, metadata: { now, actor: 'officer-park' } }) as Extract<
    ImplementationCommand,
    { type: T }
  >;

const milestones = [
  { milestoneId: 'm-1', title: 'Site survey', dueAt: '2026-06-01T00:00:00.000Z' },
  { milestoneId: 'm-2', title: 'Canopies installed', dueAt: '2026-07-01T00:00:00.000Z' },
];
const planned: ImplementationEvent = {
  type: 'implementation.planned.v1',
  data: { implementationId: 'i-1', proposalId: 'p-1', department: 'parks', milestones, plannedAt: at },
};
const progress = (
  percent: number,
  previousPercent: number,
  reason: string | null = null,
): ImplementationEvent => ({
  type: 'implementation.progress_reported.v1',
  data: { implementationId: 'i-1', percent, previousPercent, note: 'weekly report', reason, reportedAt: at },
});
const milestoneDone = (milestoneId: string): ImplementationEvent => ({
  type: 'implementation.milestone_completed.v1',
  data: { implementationId: 'i-1', milestoneId, completedAt: at },
});

describe('implementation', () => {
  const requested: ImplementationEvent = {
    type: 'implementation.requested.v1',
    data: {
      implementationId: 'i-1',
      proposalId: 'p-1',
      department: 'parks',
      decisionId: 'd-1',
      requestedAt: at,
    },
  };

  it('is requested once from the lead department, then planned by it', () => {
    given()
      .when(command('RequestImplementation', { proposalId: 'p-1', department: 'parks', decisionId: 'd-1' }))
      .then(requested);
    given(requested)
      .when(command('RequestImplementation', { proposalId: 'p-1', department: 'parks', decisionId: 'd-1' }))
      .thenRefuses('IMPLEMENTATION_EXISTS');
    given(requested).when(command('PlanImplementation', { milestones })).then(planned);
    given(requested)
      .when(command('ReportProgress', { percent: 10, note: 'x' }))
      .thenRefuses('IMPLEMENTATION_NOT_FOUND');
  });

  it('is planned once, only when requested, with milestones', () => {
    given().when(command('PlanImplementation', { milestones })).thenRefuses('IMPLEMENTATION_NOT_FOUND');
    given(planned).when(command('PlanImplementation', { milestones })).thenRefuses('IMPLEMENTATION_EXISTS');
    given(requested)
      .when(command('PlanImplementation', { milestones: [] }))
      .thenRefuses('INVALID_PLAN');
    given(requested)
      .when(command('PlanImplementation', { milestones: [milestones[0], milestones[0]] }))
      .thenRefuses('INVALID_PLAN');
  });

  it('completes each milestone once', () => {
    given(planned)
      .when(command('CompleteMilestone', { milestoneId: 'm-1' }))
      .then(milestoneDone('m-1'));
    given(planned, milestoneDone('m-1'))
      .when(command('CompleteMilestone', { milestoneId: 'm-1' }))
      .thenRefuses('UNKNOWN_MILESTONE');
  });

  it('reports progress from 0 to 100', () => {
    given(planned)
      .when(command('ReportProgress', { percent: 40, note: ' weekly report ' }))
      .then(progress(40, 0));
    given(planned)
      .when(command('ReportProgress', { percent: 101, note: 'x' }))
      .thenRefuses('INVALID_PROGRESS');
  });

  it('never goes backwards without a reason', () => {
    given(planned, progress(40, 0))
      .when(command('ReportProgress', { percent: 30, note: 'weekly report' }))
      .thenRefuses('PROGRESS_BACKWARDS');
    given(planned, progress(40, 0))
      .when(command('ReportProgress', { percent: 30, note: 'weekly report', reason: 'storm damage' }))
      .then(progress(30, 40, 'storm damage'));
  });

  it('is completed once every milestone is done, and then closed', () => {
    const completed: ImplementationEvent = {
      type: 'implementation.completed.v1',
      data: { implementationId: 'i-1', proposalId: 'p-1', completedAt: at },
    };
    given(planned, milestoneDone('m-1'))
      .when(command('CompleteImplementation', {}))
      .thenRefuses('MILESTONES_OPEN');
    given(planned, milestoneDone('m-1'), milestoneDone('m-2'))
      .when(command('CompleteImplementation', {}))
      .then(completed);
    given(planned, milestoneDone('m-1'), milestoneDone('m-2'), completed)
      .when(command('ReportProgress', { percent: 100, note: 'done' }))
      .thenRefuses('IMPLEMENTATION_CLOSED');
  });

  it('stalls with a reason and resumes when progress is reported', () => {
    const stalled: ImplementationEvent = {
      type: 'implementation.stalled.v1',
      data: { implementationId: 'i-1', reason: 'contractor withdrew', stalledAt: at },
    };
    given(planned)
      .when(command('StallImplementation', { reason: 'contractor withdrew' }))
      .then(stalled);
    given(planned)
      .when(command('StallImplementation', { reason: ' ' }))
      .thenRefuses('REASON_REQUIRED');
    given(planned, progress(40, 0), stalled)
      .when(command('ReportProgress', { percent: 45, note: 'weekly report' }))
      .then(progress(45, 40));
  });

  it('stays completed on replay, whatever follows', () => {
    const completed: ImplementationEvent = {
      type: 'implementation.completed.v1',
      data: { implementationId: 'i-1', proposalId: 'p-1', completedAt: at },
    };
    const replayed = [
      planned,
      milestoneDone('m-1'),
      milestoneDone('m-2'),
      completed,
      progress(50, 100),
    ].reduce(implementationDecider.evolve, implementationDecider.initialState);
    expect(replayed).toMatchObject({ status: 'completed', percent: 100 });
  });

  it('refuses everything before it is planned', () =>
    given()
      .when(command('CompleteMilestone', { milestoneId: 'm-1' }))
      .thenRefuses('IMPLEMENTATION_NOT_FOUND'));
});
