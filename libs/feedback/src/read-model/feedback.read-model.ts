import { FeedbackRating, FeedbackRound, SurveyRecord } from './feedback.entities';

/** The feedback context's tables in the read models. */
export const feedbackEntities = [FeedbackRound, FeedbackRating, SurveyRecord];
