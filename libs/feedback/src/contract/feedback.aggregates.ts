import { feedbackAggregate } from './feedback.contract';
import { perceptionSurveyAggregate } from './perception-survey.contract';

/** The feedback context's aggregates: every command it takes and the streams it writes. */
export const feedbackAggregates = [feedbackAggregate, perceptionSurveyAggregate];
