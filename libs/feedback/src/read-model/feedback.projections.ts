import { SurveyEvent, surveyDecider } from '@hyeopchi/feedback/domain';
import { EntityManager } from 'typeorm';
import { FeedbackRound, SurveyRecord } from './feedback.entities';
import { Projection, Projections, changeRow } from '@hyeopchi/gateway-kit';

const rate = (manager: EntityManager, target: string, targetId: string, personId: string, rating: number) =>
  changeRow(manager, FeedbackRound, { target, targetId }, (round) => ({
    ratings: { ...round.ratings, [personId]: rating },
  }));

/** Surveys evolve as the feedback domain evolves them, so the gap is the domain's own figure. */
const surveyEvent: Projection = async (data, manager, event) => {
  const record = await manager.findOneBy(SurveyRecord, { id: data.surveyId });
  const state = surveyDecider.evolve(record?.state ?? surveyDecider.initialState, {
    type: event.type,
    data,
  } as SurveyEvent);
  await manager.upsert(
    SurveyRecord,
    { id: data.surveyId, question: record?.question ?? data.question, state },
    ['id'],
  );
};

export const feedbackProjections: Projections = {
  'feedback.opened.v1': ({ target, targetId, proposalId, invited }, manager) =>
    manager.upsert(FeedbackRound, { target, targetId, proposalId, invited: invited.length }, [
      'target',
      'targetId',
    ]),
  'feedback.given.v1': ({ target, targetId, personId, rating }, manager) =>
    rate(manager, target, targetId, personId, rating),
  'feedback.revised.v1': ({ target, targetId, personId, rating }, manager) =>
    rate(manager, target, targetId, personId, rating),
  'survey.opened.v1': surveyEvent,
  'survey.answered.v1': surveyEvent,
  'survey.closed.v1': surveyEvent,
};
