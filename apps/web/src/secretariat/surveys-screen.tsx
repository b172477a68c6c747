import { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { Chip } from '../design/chip';
import { TextBox, TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { problemsOf, textProblem } from '../forms/text-problem';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { DeskScreen } from './desk-screen';

const SURVEYS = graphql(`
  query SecretariatSurveys {
    perceptionGaps {
      surveyId
      topic
      question
      open
      publicMean
      privateMean
      gap
      publicCount
      privateCount
    }
  }
`);

const OPEN_SURVEY = graphql(`
  mutation OpenSurvey($input: OpenSurveyInput!) {
    openSurvey(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const CLOSE_SURVEY = graphql(`
  mutation CloseSurvey($input: CloseSurveyInput!) {
    closeSurvey(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

type SurveyField = 'topic' | 'question';
const LIMITS: Record<SurveyField, number> = { topic: 200, question: 2000 };

const figure = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/** The perception surveys: open one on a topic, see each one's answers by sector, close it. */
export function SurveysScreen() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: SURVEYS });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <DeskScreen title={t('secretariat.surveys.title')}>
      <OpenSurveyForm onOpened={reload} />
      <section aria-labelledby="surveys">
        <h2 id="surveys">{t('secretariat.surveys.list')}</h2>
        {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
        {data?.perceptionGaps.length === 0 && <p>{t('secretariat.surveys.none')}</p>}
        <ul className="cards">
          {data?.perceptionGaps.map((survey) => (
            <li key={survey.surveyId} className="card">
              <h3>{survey.topic}</h3>
              <p>
                <Chip tone={survey.open ? 'open' : 'neutral'}>
                  {t(survey.open ? 'secretariat.surveys.open' : 'secretariat.surveys.closed')}
                </Chip>
              </p>
              <p>{survey.question}</p>
              <dl className="facts">
                <dt>{t('secretariat.surveys.public')}</dt>
                <dd>
                  {t('secretariat.surveys.result', {
                    mean: figure(survey.publicMean),
                    count: survey.publicCount,
                  })}
                </dd>
                <dt>{t('secretariat.surveys.private')}</dt>
                <dd>
                  {t('secretariat.surveys.result', {
                    mean: figure(survey.privateMean),
                    count: survey.privateCount,
                  })}
                </dd>
                <dt>{t('secretariat.surveys.gap')}</dt>
                <dd>{survey.gap === null ? t('secretariat.surveys.noGap') : figure(survey.gap)}</dd>
              </dl>
              {survey.open && <CloseSurveyButton survey={survey} onClosed={reload} />}
            </li>
          ))}
        </ul>
      </section>
    </DeskScreen>
  );
}

function OpenSurveyForm({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [opening, open] = useMutation(OPEN_SURVEY);
  const { form, problem, check } = useFormProblems<SurveyField>('secretariat.surveys.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (opening.fetching) return;
    const fields = new FormData(event.currentTarget);
    const text = (name: SurveyField) => String(fields.get(name) ?? '').trim();
    const draft = { topic: text('topic'), question: text('question') };
    setRefusal(null);
    const found = problemsOf({
      topic: textProblem(draft.topic, LIMITS.topic),
      question: textProblem(draft.question, LIMITS.question),
    });
    if (!check(found)) return;
    // the id is the platform's handle for the survey; people know it by its topic
    const result = await open({ input: { surveyId: `survey-${crypto.randomUUID()}`, ...draft } });
    if (!accepted(result.data?.openSurvey, result.error)) return;
    form.current?.reset();
    announce(t('secretariat.surveys.opened', { topic: draft.topic }));
    onOpened();
  };
  return (
    <section aria-labelledby="open-survey">
      <h2 id="open-survey">{t('secretariat.surveys.openTitle')}</h2>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <TextInput
          name="topic"
          label={t('secretariat.surveys.topic')}
          hint={t('secretariat.surveys.topicHint')}
          problem={problem('topic')}
          autoComplete="off"
        />
        <TextBox
          name="question"
          label={t('secretariat.surveys.question')}
          hint={t('secretariat.surveys.questionHint')}
          problem={problem('question')}
          rows={3}
        />
        <RefusalAlert refusal={refusal} prefix="secretariat.surveys.refusals" />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.surveys.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function CloseSurveyButton({
  survey,
  onClosed,
}: {
  survey: { surveyId: string; topic: string };
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [closing, close] = useMutation(CLOSE_SURVEY);
  const { refusal, setRefusal, accepted } = useRefusal();
  const send = async () => {
    if (closing.fetching) return;
    setRefusal(null);
    const result = await close({ input: { surveyId: survey.surveyId } });
    if (!accepted(result.data?.closeSurvey, result.error)) return;
    announce(t('secretariat.surveys.closedNow', { topic: survey.topic }));
    onClosed();
  };
  return (
    <div className="actions">
      <RefusalAlert refusal={refusal} prefix="secretariat.surveys.refusals" />
      <button type="button" className="button" onClick={send}>
        {t('secretariat.surveys.close')}
        <span className="visually-hidden"> ({survey.topic})</span>
      </button>
    </div>
  );
}
