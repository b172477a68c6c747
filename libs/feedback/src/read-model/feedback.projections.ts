import { FeedbackContextEvent } from '@hyeopchi/feedback/contract';
import { FeedbackGiven, SurveyEvent, surveyDecider } from '@hyeopchi/feedback/domain';
import { ProjectionsOf, changeRow } from '@hyeopchi/gateway-kit';
import { EntityManager } from 'typeorm';
import { FeedbackRound, SurveyRecord } from './feedback.entities';

type Rating = Pick<FeedbackGiven['data'], 'target' | 'targetId' | 'personId' | 'rating'>;

/** One rating per person: a revision replaces the rating given before. */
const rate = ({ target, targetId, personId, rating }: Rating, manager: EntityManager) =>
  changeRow(manager, FeedbackRound, { target, targetId }, (round) => ({
    ratings: { ...round.ratings, [personId]: rating },
  }));

/** Surveys evolve as the feedback domain evolves them, so the gap is the domain's own figure. */
async function evolveSurvey(manager: EntityManager, event: SurveyEvent): Promise<void> {
  const { surveyId } = event.data;
  const record = await manager.findOneBy(SurveyRecord, { id: surveyId });
  const state = surveyDecider.evolve(record?.state ?? surveyDecider.initialState, event);
  const question = record?.question ?? (event.type === 'survey.opened.v1' ? event.data.question : undefined);
  await manager.upsert(SurveyRecord, { id: surveyId, question, state }, ['id']);
}

export const feedbackProjections: ProjectionsOf<FeedbackContextEvent> = {
  'feedback.opened.v1': ({ target, targetId, proposalId, invited }, manager) =>
    manager.upsert(FeedbackRound, { target, targetId, proposalId, invited: invited.length }, [
      'target',
      'targetId',
    ]),
  'feedback.given.v1': rate,
  'feedback.revised.v1': rate,
  'survey.opened.v1': (data, manager) => evolveSurvey(manager, { type: 'survey.opened.v1', data }),
  'survey.answered.v1': (data, manager) => evolveSurvey(manager, { type: 'survey.answered.v1', data }),
  'survey.closed.v1': (data, manager) => evolveSurvey(manager, { type: 'survey.closed.v1', data }),
};
