import { fold } from '@hyeopchi/domain-kernel';
import { SurveyCommand, SurveyEvent, perceptionGap, surveyDecider } from '@hyeopchi/feedback/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(surveyDecider);
const now = new Date('2026-06-01T09:00:00Z');
const at = now.toISOString();
const opened: SurveyEvent = {
  type: 'survey.opened.v1',
  data: {
    surveyId: 'sv-1',
    topic: 'trust in collaborative governance',
    question: 'How much do you trust it?',
    openedAt: at,
  },
};
const answered = (respondentId: string, sector: 'public' | 'private', score: number): SurveyEvent => ({
  type: 'survey.answered.v1',
  data: { surveyId: 'sv-1', respondentId, sector, score, answeredAt: at },
});
const answer = (actor: string, sector: 'public' | 'private', score: number): SurveyCommand => ({
  type: 'AnswerSurvey',
  data: { surveyId: 'sv-1', sector, score },
  metadata: { now, actor },
});

describe('perception survey', () => {
  it('is answered once per person, by public or private sector respondents', () => {
    given(opened)
      .when(answer('officer-1', 'public', 4))
      .then(answered('officer-1', 'public', 4));
    given(opened, answered('officer-1', 'public', 4))
      .when(answer('officer-1', 'public', 2))
      .thenRefuses('ALREADY_ANSWERED');
    given(opened)
      .when(answer('x', 'public', 0))
      .thenRefuses('INVALID_SURVEY');
    given()
      .when(answer('x', 'public', 3))
      .thenRefuses('SURVEY_NOT_OPEN');
  });

  it('takes no answers once closed', () => {
    const closed: SurveyEvent = { type: 'survey.closed.v1', data: { surveyId: 'sv-1', closedAt: at } };
    given(opened, closed)
      .when(answer('x', 'private', 3))
      .thenRefuses('SURVEY_NOT_OPEN');
  });

  it('derives the gap: mean private minus mean public, with counts', () => {
    const survey = fold(surveyDecider, [
      opened,
      answered('officer-1', 'public', 4),
      answered('officer-2', 'public', 5),
      answered('cso-1', 'private', 2),
      answered('cso-2', 'private', 3),
      answered('cso-3', 'private', 1),
    ]);
    expect(perceptionGap(survey)).toEqual({
      topic: 'trust in collaborative governance',
      publicMean: 4.5,
      privateMean: 2,
      publicCount: 2,
      privateCount: 3,
      gap: -2.5,
    });
  });

  it('has no gap until both sectors answered', () =>
    expect(perceptionGap(fold(surveyDecider, [opened, answered('cso-1', 'private', 2)]))?.gap).toBeNull());
});
