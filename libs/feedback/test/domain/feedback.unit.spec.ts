import { FeedbackCommand, FeedbackEvent, feedbackDecider } from '@hyeopchi/feedback/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(feedbackDecider);
const now = new Date('2026-06-01T09:00:00Z');
const at = now.toISOString();
const opened: FeedbackEvent = {
  type: 'feedback.opened.v1',
  data: { target: 'decision', targetId: 'd-1', proposalId: 'p-1', invited: ['kim', 'lee'], openedAt: at },
};
const give = (actor: string, rating: number, comment = 'Clear rationale.'): FeedbackCommand => ({
  type: 'GiveFeedback',
  data: { target: 'decision', targetId: 'd-1', rating, comment },
  metadata: { now, actor },
});
const given4: FeedbackEvent = {
  type: 'feedback.given.v1',
  data: {
    target: 'decision',
    targetId: 'd-1',
    personId: 'lee',
    rating: 4,
    comment: 'Clear rationale.',
    givenAt: at,
  },
};

describe('feedback', () => {
  it('is opened once, to the people invited', () => {
    given()
      .when({
        type: 'OpenFeedback',
        data: { target: 'decision', targetId: 'd-1', proposalId: 'p-1', invited: ['kim', 'lee', 'kim'] },
        metadata: { now, actor: 'system' },
      })
      .then(opened);
    given(opened)
      .when({
        type: 'OpenFeedback',
        data: { target: 'decision', targetId: 'd-1', proposalId: 'p-1', invited: [] },
        metadata: { now, actor: 'system' },
      })
      .thenRefuses('FEEDBACK_EXISTS');
  });

  it('invites more people to a feedback already open, each once', () => {
    const invite = (invited: string[]): FeedbackCommand => ({
      type: 'InviteToFeedback',
      data: { target: 'decision', targetId: 'd-1', invited },
      metadata: { now, actor: 'system' },
    });
    const invitedPark: FeedbackEvent = {
      type: 'feedback.invited.v1',
      data: { target: 'decision', targetId: 'd-1', invited: ['park'], invitedAt: at },
    };
    given(opened)
      .when(invite(['park', 'kim', 'park']))
      .then(invitedPark);
    given(opened, invitedPark)
      .when(invite(['kim', 'park']))
      .then();
    given(opened, invitedPark)
      .when(give('park', 5))
      .then({
        type: 'feedback.given.v1',
        data: {
          target: 'decision',
          targetId: 'd-1',
          personId: 'park',
          rating: 5,
          comment: 'Clear rationale.',
          givenAt: at,
        },
      });
    given()
      .when(invite(['park']))
      .thenRefuses('FEEDBACK_NOT_OPEN');
  });

  it('takes a 1-5 rating from an invited person', () => {
    given(opened).when(give('lee', 4)).then(given4);
    given(opened).when(give('stranger', 4)).thenRefuses('NOT_INVITED');
    given(opened).when(give('lee', 6)).thenRefuses('INVALID_FEEDBACK');
    given().when(give('lee', 4)).thenRefuses('FEEDBACK_NOT_OPEN');
  });

  it('takes ratings only on its own target', () =>
    given(opened)
      .when({
        type: 'GiveFeedback',
        data: { target: 'answer', targetId: 'r-9', rating: 3, comment: '' },
        metadata: { now, actor: 'lee' },
      })
      .thenRefuses('INVALID_FEEDBACK'));

  it('keeps one feedback per person: a later rating revises it', () =>
    given(opened, given4)
      .when(give('lee', 2, 'Implementation is late.'))
      .then({
        type: 'feedback.revised.v1',
        data: {
          target: 'decision',
          targetId: 'd-1',
          personId: 'lee',
          rating: 2,
          comment: 'Implementation is late.',
          revisedAt: at,
        },
      }));
});
