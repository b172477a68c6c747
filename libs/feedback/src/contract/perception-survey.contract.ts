import { SURVEY_LIMITS, Survey, perceptionGap, surveyDecider } from '@hyeopchi/feedback/domain';
import { ID_RULE, defineAggregate, defineCommand, identifier, sector, text } from '@hyeopchi/contract-kit';
import { AccessRule, OFFICERS, PEOPLE } from '@hyeopchi/identity';
import { z } from 'zod';
import { ownSector } from './access';

const surveyId = { surveyId: identifier };
const bySurveyOrganizers: AccessRule = { roles: ['admin', 'secretariat'] };

export const OpenSurvey = defineCommand(
  'feedback',
  'OpenSurvey',
  z
    .object({ ...surveyId, topic: text(SURVEY_LIMITS.topic), question: text(SURVEY_LIMITS.question) })
    .strict(),
  {
    access: bySurveyOrganizers,
    description: 'Open a perception survey on a topic.',
    fields: { surveyId: `An id you choose for it ${ID_RULE}.` },
  },
);

export const AnswerSurvey = defineCommand(
  'feedback',
  'AnswerSurvey',
  z.object({ ...surveyId, sector, score: z.number() }).strict(),
  {
    access: {
      roles: [...PEOPLE, ...OFFICERS, 'committee_member', 'committee_chair', 'secretariat'],
      check: ownSector,
    },
    description: 'Answer a perception survey once, for your sector.',
  },
);

export const CloseSurvey = defineCommand('feedback', 'CloseSurvey', z.object(surveyId).strict(), {
  access: bySurveyOrganizers,
  description: 'Close a perception survey.',
});

export const perceptionSurveyAggregate = defineAggregate({
  context: 'feedback',
  name: 'perception survey',
  decider: surveyDecider,
  streamId: ({ surveyId }) => `survey-${surveyId}`,
  commands: [OpenSurvey, AnswerSurvey, CloseSurvey],
});

/** How a survey's answers measure the public-private gap: other contexts show it the way feedback computes it. */
export { perceptionGap };
export type { Survey };
