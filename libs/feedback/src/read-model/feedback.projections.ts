import { FeedbackContextEvent } from '@hyeopchi/feedback/contract';
import { FeedbackGiven, SurveyEvent, surveyDecider } from '@hyeopchi/feedback/domain';
import { ProjectionsOf, ReadModelUnit, changeRow } from '@hyeopchi/gateway-kit';
import { FeedbackRating, FeedbackRound, SurveyRecord } from './feedback.entities';

type Rating = Pick<FeedbackGiven['data'], 'target' | 'targetId' | 'personId' | 'rating'>;

/**
 * One rating per person: a revision replaces the rating given before. The round keeps a count and a sum, so a
 * rating costs the same on a proposal a hundred thousand people rate as on one rated by ten.
 */
async function rate({ target, targetId, personId, rating }: Rating, unit: ReadModelUnit): Promise<void> {
  // read before the upsert, which changes the unit's row in place
  const replaced = (await unit.get(FeedbackRating, { target, targetId, personId }))?.rating;
  await unit.upsert(FeedbackRating, { target, targetId, personId, rating });
  await changeRow(unit, FeedbackRound, { target, targetId }, (round) => ({
    given: round.given + (replaced === undefined ? 1 : 0),
    ratingSum: round.ratingSum + rating - (replaced ?? 0),
  }));
}

/** Surveys evolve as the feedback domain evolves them, so the gap is the domain's own figure. */
async function evolveSurvey(unit: ReadModelUnit, event: SurveyEvent): Promise<void> {
  const { surveyId } = event.data;
  const record = await unit.get(SurveyRecord, { id: surveyId });
  const state = surveyDecider.evolve(record?.state ?? surveyDecider.initialState, event);
  const opened = event.type === 'survey.opened.v1' ? event.data : undefined;
  const question = record?.question ?? opened?.question;
  const openedAt = record?.openedAt ?? (opened && new Date(opened.openedAt));
  await unit.upsert(SurveyRecord, { id: surveyId, question, openedAt, state });
}

export const feedbackProjections: ProjectionsOf<FeedbackContextEvent> = {
  'feedback.opened.v1': ({ target, targetId, proposalId, invited }, unit) =>
    unit.upsert(FeedbackRound, {
      target,
      targetId,
      proposalId,
      invited: invited.length,
      given: 0,
      ratingSum: 0,
    }),
  'feedback.invited.v1': ({ target, targetId, invited }, unit) =>
    changeRow(unit, FeedbackRound, { target, targetId }, (round) => ({
      invited: round.invited + invited.length,
    })),
  'feedback.given.v1': rate,
  'feedback.revised.v1': rate,
  'survey.opened.v1': (data, unit) => evolveSurvey(unit, { type: 'survey.opened.v1', data }),
  'survey.answered.v1': (data, unit) => evolveSurvey(unit, { type: 'survey.answered.v1', data }),
  'survey.closed.v1': (data, unit) => evolveSurvey(unit, { type: 'survey.closed.v1', data }),
};
