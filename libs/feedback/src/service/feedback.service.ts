import { ServiceDefinition, commandRoute, correlationOfFirstEvent } from '@hyeopchi/command-processing';
import { feedbackAggregate, perceptionSurveyAggregate } from '@hyeopchi/feedback/contract';
import { feedbackInvitations } from './feedback-invitations';

export const feedbackService: ServiceDefinition = {
  context: 'feedback',
  routes: [
    commandRoute(feedbackAggregate, { correlationOf: correlationOfFirstEvent }),
    commandRoute(perceptionSurveyAggregate),
  ],
  processManagers: [feedbackInvitations],
  scheduledTasks: [],
};
