import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { PerceptionGaps } from './perception-gaps';
import { PolicyIndicators } from './policy-indicators';
import { SurveyAnswers } from './survey-answers';
import { surveyLabels } from './survey-rounds';

const PLAN = graphql(`
  query PlanPage {
    masterPlan {
      title
      vision
      strategies {
        strategyId
        title
        policies {
          policyId
          title
          indicators {
            id
            nameKo
            nameEn
            unit
            baselineValue
            baselineYear
            targetValue
            targetYear
            progress {
              share
              onTrack
              latest {
                year
                value
              }
            }
          }
        }
        proposals {
          id
        }
      }
    }
    perceptionGaps {
      surveyId
      topic
      question
      publicMean
      privateMean
      gap
      open
      publicCount
      privateCount
    }
  }
`);

/**
 * The master plan: its vision, its strategies and their policies with their indicators, what serves them, and how
 * sectors see them.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PLAN });
  useEffect(() => {
    document.title = t('plan.pageTitle');
  }, [t]);
  if (fetching && !data) return <p role="status">{t('plan.loading')}</p>;
  if (error) return <p role="alert">{t('proposals.failed', { message: error.message })}</p>;
  const plan = data?.masterPlan;
  const gaps = data?.perceptionGaps ?? [];
  const labels = surveyLabels(gaps, (topic, round) => t('plan.gaps.round', { topic, round }));
  return (
    <>
      <h1>{plan?.title ?? t('plan.title')}</h1>
      {plan && <p>{plan.vision}</p>}
      {plan && (
        <section aria-labelledby="strategies">
          <h2 id="strategies">{t('plan.strategies')}</h2>
          <ol className="cards strategies">
            {plan.strategies.map((strategy) => (
              <li key={strategy.strategyId} className="card">
                <h3>{strategy.title}</h3>
                <p>{t('plan.served', { count: strategy.proposals.length })}</p>
                <ul>
                  {strategy.policies.map((policy) => (
                    <li key={policy.policyId}>
                      {policy.title}
                      <PolicyIndicators indicators={policy.indicators} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
      {data && (
        <SurveyAnswers
          surveys={gaps.filter((survey) => survey.open)}
          labels={labels}
          onAnswered={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {data && <PerceptionGaps gaps={gaps} labels={labels} />}
    </>
  );
}
