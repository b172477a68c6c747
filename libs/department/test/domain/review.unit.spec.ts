import { ReviewCommand, ReviewEvent, reviewDecider } from '@hyeopchi/department/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(reviewDecider);
const openedAt = new Date('2026-01-31T09:00:00Z');
const dueAt = '2026-02-28T09:00:00.000Z'; // one calendar month, clamped to February's last day
const beforeDue = new Date('2026-02-20T09:00:00Z');
const afterDue = new Date('2026-03-02T09:00:00Z');

const command = <T extends ReviewCommand['type']>(
  type: T,
  data: Omit<Extract<ReviewCommand, { type: T }>['data'], 'reviewId'>,
  now = beforeDue,
  actor = 'officer-park',
) =>
  ({ type, data: { reviewId: 'r-parks', ...data }, metadata: { now, actor } }) as Extract<
    ReviewCommand,
    { type: T }
  >;

const open = (extra: Partial<Extract<ReviewCommand, { type: 'OpenReview' }>['data']> = {}) =>
  command(
    'OpenReview',
    {
      proposalId: 'p-1',
      spaceId: 'Mapo-gu',
      department: 'parks',
      departments: ['parks', 'climate'],
      leadDepartment: 'parks',
      ...extra,
    },
    openedAt,
    'system',
  );
const opened: ReviewEvent = {
  type: 'review.opened.v1',
  data: {
    reviewId: 'r-parks',
    proposalId: 'p-1',
    spaceId: 'Mapo-gu',
    department: 'parks',
    departments: ['parks', 'climate'],
    leadDepartment: 'parks',
    openedAt: openedAt.toISOString(),
    dueAt,
  },
};
const answer = (now = beforeDue) =>
  command(
    'AnswerReview',
    { department: 'parks', outcome: 'accepted', reasons: ' Budget found. ', estimatedCost: 120_000_000 },
    now,
  );
const answered = (late = false, now = beforeDue): ReviewEvent => ({
  type: 'review.answered.v1',
  data: {
    reviewId: 'r-parks',
    proposalId: 'p-1',
    spaceId: 'Mapo-gu',
    department: 'parks',
    outcome: 'accepted',
    reasons: 'Budget found.',
    estimatedCost: 120_000_000,
    answeredBy: 'officer-park',
    answeredAt: now.toISOString(),
    late,
  },
});
const escalated: ReviewEvent = {
  type: 'review.escalated.v1',
  data: {
    reviewId: 'r-parks',
    proposalId: 'p-1',
    department: 'parks',
    dueAt,
    escalatedAt: afterDue.toISOString(),
  },
};

describe('review', () => {
  it('opens with a due date one calendar month later, as part of a joint review', () =>
    given().when(open()).then(opened));

  it('opens with a configured answer period', () =>
    given()
      .when(open({ answerWithinDays: 14 }))
      .then({ ...opened, data: { ...opened.data, dueAt: '2026-02-14T09:00:00.000Z' } } as ReviewEvent));

  it('opens once, for a department the proposal asked', () => {
    given(opened).when(open()).thenRefuses('REVIEW_EXISTS');
    given()
      .when(open({ department: 'housing' }))
      .thenRefuses('INVALID_REVIEW');
    given()
      .when(open({ answerWithinDays: 0 }))
      .thenRefuses('INVALID_REVIEW');
  });

  it('takes an officer and interim answers from its own department only', () => {
    given(opened)
      .when(command('AssignOfficer', { department: 'parks', officerId: 'officer-park' }))
      .then({
        type: 'review.officer_assigned.v1',
        data: { reviewId: 'r-parks', officerId: 'officer-park', assignedAt: beforeDue.toISOString() },
      });
    given(opened)
      .when(command('GiveInterimAnswer', { department: 'parks', text: 'Site survey under way.' }))
      .then({
        type: 'review.interim_answer_given.v1',
        data: {
          reviewId: 'r-parks',
          text: 'Site survey under way.',
          givenBy: 'officer-park',
          givenAt: beforeDue.toISOString(),
        },
      });
    given(opened)
      .when(command('GiveInterimAnswer', { department: 'climate', text: 'ours?' }))
      .thenRefuses('NOT_ROUTED_TO_DEPARTMENT');
  });

  it('is answered once', () => {
    given(opened).when(answer()).then(answered());
    given(opened, answered()).when(answer()).thenRefuses('REVIEW_ANSWERED');
  });

  it.each([
    ['an acceptance without a cost', 'accepted', 'ok', null],
    ['a partial acceptance without a cost', 'partially_accepted', 'ok', null],
    ['empty reasons', 'rejected', '  ', null],
    ['an unknown outcome', 'maybe', 'hm', null],
    ['a negative cost', 'accepted', 'ok', -1],
  ])('refuses %s', (_what, outcome, reasons, estimatedCost) =>
    given(opened)
      .when(
        command('AnswerReview', { department: 'parks', outcome: outcome as never, reasons, estimatedCost }),
      )
      .thenRefuses('INVALID_ANSWER'),
  );

  it('may refer the proposal to the committee of its space without a cost', () =>
    given(opened)
      .when(
        command('AnswerReview', {
          department: 'parks',
          outcome: 'referred_to_committee',
          reasons: 'Citywide policy.',
          estimatedCost: null,
        }),
      )
      .then({
        type: 'review.answered.v1',
        data: {
          reviewId: 'r-parks',
          proposalId: 'p-1',
          spaceId: 'Mapo-gu',
          department: 'parks',
          outcome: 'referred_to_committee',
          reasons: 'Citywide policy.',
          estimatedCost: null,
          answeredBy: 'officer-park',
          answeredAt: beforeDue.toISOString(),
          late: false,
        },
      }));

  it('is escalated once past its due date without an answer', () => {
    const escalate = (now: Date) => command('EscalateOverdueReview', {}, now, 'deadline-clock');
    given(opened).when(escalate(beforeDue)).thenRefuses('NOT_OVERDUE');
    given(opened).when(escalate(afterDue)).then(escalated);
    given(opened, escalated).when(escalate(afterDue)).thenRefuses('ALREADY_ESCALATED');
    given(opened, answered()).when(escalate(afterDue)).thenRefuses('REVIEW_ANSWERED');
  });

  it('still takes an answer after escalation, marked late', () =>
    given(opened, escalated).when(answer(afterDue)).then(answered(true, afterDue)));

  it('refuses everything before it is open', () => given().when(answer()).thenRefuses('REVIEW_NOT_FOUND'));
});
