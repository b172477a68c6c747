import {
  CommandMetadata,
  Decider,
  entryOf,
  DomainEvent,
  DomainError,
  Sector,
  boundedText,
  unreachable,
} from '@hyeopchi/domain-kernel';
import { SURVEY_LIMITS } from './limits';

export type SurveyOpened = DomainEvent<
  'survey.opened.v1',
  { surveyId: string; topic: string; question: string; openedAt: string }
>;
export type SurveyAnswered = DomainEvent<
  'survey.answered.v1',
  { surveyId: string; respondentId: string; sector: Sector; score: number; answeredAt: string }
>;
export type SurveyClosed = DomainEvent<'survey.closed.v1', { surveyId: string; closedAt: string }>;

export type SurveyEvent = SurveyOpened | SurveyAnswered | SurveyClosed;

export type SurveyCommand =
  | {
      type: 'OpenSurvey';
      data: { surveyId: string; topic: string; question: string };
      metadata: CommandMetadata;
    }
  | {
      type: 'AnswerSurvey';
      data: { surveyId: string; sector: Sector; score: number };
      metadata: CommandMetadata;
    }
  | { type: 'CloseSurvey'; data: { surveyId: string }; metadata: CommandMetadata };

export type Survey =
  | { status: 'unopened' }
  | {
      status: 'open' | 'closed';
      topic: string;
      answers: Readonly<Record<string, { sector: Sector; score: number }>>;
    };

export type SurveyErrorCode = 'SURVEY_EXISTS' | 'SURVEY_NOT_OPEN' | 'ALREADY_ANSWERED' | 'INVALID_SURVEY';

const refuse = (code: SurveyErrorCode, message: string) => new DomainError(code, message);

export function decideSurvey(command: SurveyCommand, state: Survey): SurveyEvent[] {
  const at = command.metadata.now.toISOString();
  const { surveyId } = command.data;
  switch (command.type) {
    case 'OpenSurvey': {
      if (state.status !== 'unopened') throw refuse('SURVEY_EXISTS', `survey ${surveyId} exists already`);
      const topic = boundedText(command.data.topic, SURVEY_LIMITS.topic);
      const question = boundedText(command.data.question, SURVEY_LIMITS.question);
      if (topic === null || question === null) {
        throw refuse(
          'INVALID_SURVEY',
          'a survey has a topic (up to 200 characters) and a question (up to 2,000 characters)',
        );
      }
      return [{ type: 'survey.opened.v1', data: { surveyId, topic, question, openedAt: at } }];
    }
    case 'AnswerSurvey': {
      if (state.status !== 'open') throw refuse('SURVEY_NOT_OPEN', `survey ${surveyId} is not open`);
      const respondentId = command.metadata.actor;
      if (entryOf(state.answers, respondentId))
        throw refuse('ALREADY_ANSWERED', `${respondentId} answered already`);
      const { sector, score } = command.data;
      if (sector !== 'public' && sector !== 'private')
        throw refuse('INVALID_SURVEY', 'a respondent is public or private sector');
      if (!Number.isInteger(score) || score < 1 || score > 5)
        throw refuse('INVALID_SURVEY', 'a score is 1 to 5');
      return [
        { type: 'survey.answered.v1', data: { surveyId, respondentId, sector, score, answeredAt: at } },
      ];
    }
    case 'CloseSurvey':
      if (state.status !== 'open') throw refuse('SURVEY_NOT_OPEN', `survey ${surveyId} is not open`);
      return [{ type: 'survey.closed.v1', data: { surveyId, closedAt: at } }];
    default:
      return unreachable(command);
  }
}

export function evolveSurvey(state: Survey, event: SurveyEvent): Survey {
  switch (event.type) {
    case 'survey.opened.v1':
      return { status: 'open', topic: event.data.topic, answers: {} };
    case 'survey.answered.v1': {
      if (state.status === 'unopened') return state;
      const { respondentId, sector, score } = event.data;
      return { ...state, answers: { ...state.answers, [respondentId]: { sector, score } } };
    }
    case 'survey.closed.v1':
      return state.status === 'unopened' ? state : { ...state, status: 'closed' };
    default:
      return unreachable(event);
  }
}

export const surveyDecider: Decider<SurveyCommand, SurveyEvent, Survey> = {
  initialState: { status: 'unopened' },
  decide: decideSurvey,
  evolve: evolveSurvey,
};

export interface PerceptionGapFigures {
  topic: string;
  publicMean: number | null;
  privateMean: number | null;
  publicCount: number;
  privateCount: number;
  /** Mean private score minus mean public score; null until both sectors answered. */
  gap: number | null;
}

/** The study's first pending issue, as a figure: how far private actors' perception is from public actors'. */
export function perceptionGap(survey: Survey): PerceptionGapFigures | null {
  if (survey.status === 'unopened') return null;
  const scores = (sector: Sector) =>
    Object.values(survey.answers)
      .filter((answer) => answer.sector === sector)
      .map((answer) => answer.score);
  const mean = (values: number[]) =>
    values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  const publicScores = scores('public');
  const privateScores = scores('private');
  const publicMean = mean(publicScores);
  const privateMean = mean(privateScores);
  return {
    topic: survey.topic,
    publicMean,
    privateMean,
    publicCount: publicScores.length,
    privateCount: privateScores.length,
    gap: publicMean === null || privateMean === null ? null : privateMean - publicMean,
  };
}
