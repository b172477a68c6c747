import { FeedbackMutations } from './feedback.mutations';
import { PerceptionSurveyMutations } from './perception-survey.mutations';

/** The feedback context's queries and mutations. */
export const feedbackResolvers = [FeedbackMutations, PerceptionSurveyMutations];
