import { feedbackDecider, surveyDecider } from '@hyeopchi/feedback/domain';
import { CommandRoute, ServiceDefinition, correlationOfFirstEvent } from '@hyeopchi/command-processing';
import { z } from 'zod';
import { feedbackInvitations } from './feedback-invitations';
import { identifier, identifiers, sector, text } from '@hyeopchi/contract-kit';

const target = { target: z.enum(['answer', 'decision', 'implementation']), targetId: identifier };
const feedback: CommandRoute = {
  context: 'feedback',
  aggregate: 'feedback',
  streamId: (data) => `feedback-${data.target}-${data.targetId}`,
  decider: feedbackDecider,
  correlationOf: correlationOfFirstEvent,
  commands: {
    OpenFeedback: z.object({ ...target, proposalId: identifier, invited: identifiers(10_000) }).strict(),
    GiveFeedback: z.object({ ...target, rating: z.number(), comment: text(5_000) }).strict(),
  },
};

const surveyId = { surveyId: identifier };
const surveys: CommandRoute = {
  context: 'feedback',
  aggregate: 'perception survey',
  streamId: (data) => `survey-${data.surveyId}`,
  decider: surveyDecider,
  commands: {
    OpenSurvey: z.object({ ...surveyId, topic: text(200), question: text(2_000) }).strict(),
    AnswerSurvey: z.object({ ...surveyId, sector, score: z.number() }).strict(),
    CloseSurvey: z.object(surveyId).strict(),
  },
};

export const feedbackService: ServiceDefinition = {
  context: 'feedback',
  routes: [feedback, surveys],
  processManagers: [feedbackInvitations],
  scheduledTasks: [],
};
