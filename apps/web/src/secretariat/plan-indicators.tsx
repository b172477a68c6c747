import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { amountText, indicatorName } from '../plan/indicator-text';
import { DefineIndicatorForm, RecordMeasurementForm } from './indicator-forms';

const PLAN_INDICATORS = graphql(`
  query PlanIndicators {
    masterPlan {
      id
      strategies {
        strategyId
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
            measurements {
              year
              value
            }
          }
        }
      }
    }
  }
`);

/** The indicators of the plan in force, by policy: define one, record a year's value, see each one's years. */
export function PlanIndicators() {
  const { t, i18n } = useTranslation();
  // a new version may have been adopted since the last visit: ask again, show what is known meanwhile
  const [{ data, error }, refetch] = useQuery({ query: PLAN_INDICATORS, requestPolicy: 'cache-and-network' });
  const plan = data?.masterPlan;
  const policies = plan?.strategies.flatMap((strategy) => strategy.policies) ?? [];
  const indicators = policies.flatMap((policy) => policy.indicators);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const language = i18n.language;
  return (
    <section aria-labelledby="plan-indicators">
      <h2 id="plan-indicators">{t('secretariat.plan.indicators.title')}</h2>
      <p>{t('secretariat.plan.indicators.intro')}</p>
      {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
      {data && !plan && <p>{t('secretariat.plan.none')}</p>}
      {plan && policies.length === 0 && <p>{t('secretariat.plan.indicators.noPolicies')}</p>}
      {plan && policies.length > 0 && (
        <>
          <DefineIndicatorForm planId={plan.id} policies={policies} onDefined={reload} />
          {indicators.length > 0 && <RecordMeasurementForm indicators={indicators} onRecorded={reload} />}
          <ul className="cards">
            {policies.map((policy) => (
              <li key={policy.policyId} className="card">
                <h3>{policy.title}</h3>
                {policy.indicators.length === 0 && <p>{t('secretariat.plan.indicators.noneYet')}</p>}
                {policy.indicators.map((indicator) => (
                  <dl key={indicator.id} className="facts">
                    <dt>{indicatorName(indicator, language)}</dt>
                    <dd>
                      {t('secretariat.plan.indicators.bounds', {
                        baseline: amountText(indicator.baselineValue, indicator.unit, language),
                        baselineYear: indicator.baselineYear,
                        target: amountText(indicator.targetValue, indicator.unit, language),
                        targetYear: indicator.targetYear,
                      })}
                    </dd>
                    {indicator.measurements.map(({ year, value }) => (
                      <dd key={year}>
                        {t('secretariat.plan.indicators.measured', {
                          year,
                          amount: amountText(value, indicator.unit, language),
                        })}
                      </dd>
                    ))}
                  </dl>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
