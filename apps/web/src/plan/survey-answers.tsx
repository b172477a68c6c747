import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { ChoiceGroup } from '../committee/choice-group';
import { Chip } from '../design/chip';
import { RefusalAlert } from '../forms/refusal-alert';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { Person, hasRole, useSession } from '../session/session';
import { Sector, answerSectors } from './answer-sectors';

const ANSWER = graphql(`
  mutation AnswerSurvey($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const SEATS = graphql(`
  query SurveySeats {
    committeeMembers {
      id
      sector
    }
  }
`);

const SCORES = ['1', '2', '3', '4', '5'] as const;

export interface OpenSurvey {
  surveyId: string;
  topic: string;
  question: string;
}

/** The surveys that take answers, each answered once by the signed-in person for the sector the platform gives them. */
export function SurveyAnswers({
  surveys,
  labels,
  onAnswered,
}: {
  surveys: OpenSurvey[];
  labels: Map<string, string>;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (surveys.length === 0) return null;
  return (
    <section aria-labelledby="open-surveys">
      <h2 id="open-surveys">{t('plan.surveys.title')}</h2>
      {!session && <p>{t('plan.surveys.signIn')}</p>}
      <ul className="cards">
        {surveys.map((survey) => (
          <li key={survey.surveyId} className="card">
            <h3>{labels.get(survey.surveyId)}</h3>
            <p>{survey.question}</p>
            {session && (
              <SurveyAnswer
                survey={{ ...survey, topic: labels.get(survey.surveyId) ?? survey.topic }}
                person={session.person}
                onAnswered={onAnswered}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SurveyAnswer({
  survey,
  person,
  onAnswered,
}: {
  survey: OpenSurvey;
  person: Person;
  onAnswered: () => void;
}) {
  const seated = hasRole(person, 'committee_member', 'committee_chair');
  const [{ data }] = useQuery({ query: SEATS, pause: !seated });
  const seat = data?.committeeMembers.find((member) => member.id === person.subject)?.sector ?? null;
  const sectors = answerSectors(person, seat);
  const { t } = useTranslation();
  if (sectors.length === 0) return <p>{t('plan.surveys.notAnswering')}</p>;
  return <SurveyAnswerForm survey={survey} sectors={sectors} onAnswered={onAnswered} />;
}

function SurveyAnswerForm({
  survey,
  sectors,
  onAnswered,
}: {
  survey: OpenSurvey;
  sectors: Sector[];
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [answering, answer] = useMutation(ANSWER);
  const { refusal, setRefusal, accepted } = useRefusal();
  const [score, setScore] = useState('');
  const [sector, setSector] = useState<string>(sectors.length === 1 ? sectors[0] : '');
  const [problem, setProblem] = useState<string | null>(null);
  const [answered, setAnswered] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answering.fetching) return;
    setRefusal(null);
    setProblem(!score ? t('plan.surveys.scoreRequired') : !sector ? t('plan.surveys.sectorRequired') : null);
    if (!score || !sector) return;
    const input = { surveyId: survey.surveyId, score: Number(score), sector: sector as Sector };
    const result = await answer({ input });
    if (!accepted(result.data?.answerSurvey, result.error)) return;
    setAnswered(true);
    announce(t('plan.surveys.answered', { topic: survey.topic }));
    onAnswered();
  };
  if (answered) return <Chip tone="done">✓ {t('plan.surveys.thanks')}</Chip>;
  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <ChoiceGroup
        label={t('plan.surveys.score')}
        options={SCORES.map((value) => ({ value, label: t(`plan.surveys.scores.${value}`) }))}
        value={score}
        onChange={setScore}
        error={!score ? problem : null}
      />
      {sectors.length > 1 ? (
        <ChoiceGroup
          label={t('plan.surveys.sector')}
          options={sectors.map((value) => ({ value, label: t(`plan.gaps.${value}`) }))}
          value={sector}
          onChange={setSector}
          error={score && !sector ? problem : null}
        />
      ) : (
        <p className="hint">
          {t('plan.surveys.countsFor', { sector: t(`plan.surveys.sectors.${sectors[0]}`) })}
        </p>
      )}
      <RefusalAlert refusal={refusal} prefix="plan.surveys.refusals" />
      <div className="actions">
        <button type="submit" className="button primary">
          {t('plan.surveys.submit')}
          <span className="visually-hidden"> ({survey.topic})</span>
        </button>
      </div>
    </form>
  );
}
