import { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { Chip } from '../design/chip';
import { dateText } from '../forms/dates';
import { TextBox, TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { outcomeOf } from '../forms/refusal';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { DeskScreen } from './desk-screen';
import { PLAN_LIMITS, PlanDraft, dayAsTime, planProblems } from './plan-draft';
import { PlanIndicators } from './plan-indicators';

const PLANS = graphql(`
  query MasterPlans {
    masterPlans {
      id
      title
      vision
      periodFrom
      periodTo
      adoptedAt
      strategies {
        strategyId
        title
        policies {
          policyId
          title
        }
      }
      pendingIssues {
        issueId
        text
      }
    }
  }
`);

const ADOPT = graphql(`
  mutation AdoptMasterPlan($input: AdoptMasterPlanInput!) {
    adoptMasterPlan(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);
const DEFINE_STRATEGY = graphql(`
  mutation DefineStrategy($input: DefineStrategyInput!) {
    defineStrategy(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);
const DEFINE_POLICY = graphql(`
  mutation DefinePolicy($input: DefinePolicyInput!) {
    definePolicy(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);
const RECORD_PENDING_ISSUE = graphql(`
  mutation RecordPendingIssue($input: RecordPendingIssueInput!) {
    recordPendingIssue(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

interface Plan {
  title: string;
  vision: string;
  strategies: { strategyId: string; title: string; policies: { policyId: string; title: string }[] }[];
  pendingIssues: { issueId: string; text: string }[];
}

/** The master plan: every version adopted, the one in force first, a new version to adopt, and its indicators. */
export function PlanScreen() {
  const { t, i18n } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: PLANS });
  const plans = data?.masterPlans ?? [];
  return (
    <DeskScreen title={t('secretariat.plan.title')}>
      <p>{t('secretariat.plan.intro')}</p>
      {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
      {data && (
        <AdoptPlanForm
          key={plans[0]?.id ?? 'none'}
          current={plans[0] ?? null}
          onAdopted={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {data && <PlanIndicators key={plans[0]?.id ?? 'none'} />}
      <section aria-labelledby="plans">
        <h2 id="plans">{t('secretariat.plan.versions')}</h2>
        {data && plans.length === 0 && <p>{t('secretariat.plan.none')}</p>}
        <ol className="cards">
          {plans.map((plan, index) => (
            <li key={plan.id} className="card">
              <h3>{plan.title}</h3>
              <p>
                <Chip tone={index === 0 ? 'active' : 'neutral'}>
                  {t(index === 0 ? 'secretariat.plan.inForce' : 'secretariat.plan.earlier')}
                </Chip>
              </p>
              <p>{plan.vision}</p>
              <dl className="facts">
                <dt>{t('secretariat.plan.period')}</dt>
                <dd>
                  {t('secretariat.plan.periodText', {
                    from: dateText(i18n.language, plan.periodFrom),
                    to: dateText(i18n.language, plan.periodTo),
                  })}
                </dd>
                <dt>{t('secretariat.plan.adoptedAt')}</dt>
                <dd>{dateText(i18n.language, plan.adoptedAt, true)}</dd>
                <dt>{t('secretariat.plan.contents')}</dt>
                <dd>
                  {t('secretariat.plan.counts', {
                    strategies: plan.strategies.length,
                    policies: plan.strategies.flatMap((strategy) => strategy.policies).length,
                    issues: plan.pendingIssues.length,
                  })}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>
    </DeskScreen>
  );
}

/**
 * A new version starts from the plan in force: its strategies keep their ids (what serves them still does) under
 * titles that may change, and its policies and pending issues come along as they are.
 */
function AdoptPlanForm({ current, onAdopted }: { current: Plan | null; onAdopted: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [adopting, adopt] = useMutation(ADOPT);
  const [, defineStrategy] = useMutation(DEFINE_STRATEGY);
  const [, definePolicy] = useMutation(DEFINE_POLICY);
  const [, recordPendingIssue] = useMutation(RECORD_PENDING_ISSUE);
  const { form, problem, check } = useFormProblems<string>('secretariat.plan.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adopting.fetching) return;
    const fields = new FormData(event.currentTarget);
    const text = (name: string) => String(fields.get(name) ?? '').trim();
    const draft: PlanDraft = {
      title: text('title'),
      vision: text('vision'),
      periodFrom: text('periodFrom'),
      periodTo: text('periodTo'),
      strategies: (current?.strategies ?? []).map(({ strategyId }) => ({
        strategyId,
        title: text(`strategy:${strategyId}`),
      })),
    };
    setRefusal(null);
    if (!check(planProblems(draft))) return;
    const planId = `plan-${crypto.randomUUID()}`;
    const { periodFrom, periodTo, title, vision } = draft;
    const steps: (() => Promise<{ data?: object; error?: { message: string } }>)[] = [
      () =>
        adopt({
          input: { planId, title, vision, periodFrom: dayAsTime(periodFrom), periodTo: dayAsTime(periodTo) },
        }),
      ...draft.strategies.map((strategy) => () => defineStrategy({ input: { planId, ...strategy } })),
      ...(current?.strategies ?? []).flatMap(({ strategyId, policies }) =>
        policies.map(
          ({ policyId, title }) =>
            () =>
              definePolicy({ input: { planId, strategyId, policyId, title } }),
        ),
      ),
      ...(current?.pendingIssues ?? []).map(
        ({ issueId, text }) =>
          () =>
            recordPendingIssue({ input: { planId, issueId, text } }),
      ),
    ];
    // one command per piece, in order; the first refusal stops the rest and is shown
    for (const step of steps) {
      const result = await step();
      if (!accepted(outcomeOf(result.data), result.error)) return;
    }
    announce(t('secretariat.plan.adopted', { title }));
    onAdopted();
  };
  return (
    <section aria-labelledby="adopt-plan">
      <h2 id="adopt-plan">{t('secretariat.plan.adoptTitle')}</h2>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <p>{t('secretariat.plan.adoptIntro')}</p>
        <TextInput
          name="title"
          label={t('secretariat.plan.planTitle')}
          problem={problem('title')}
          defaultValue={current?.title}
          autoComplete="off"
        />
        <TextBox
          name="vision"
          label={t('secretariat.plan.vision')}
          hint={t('secretariat.plan.visionHint', { max: PLAN_LIMITS.vision })}
          problem={problem('vision')}
          defaultValue={current?.vision}
          rows={3}
        />
        <TextInput name="periodFrom" type="date" label={t('secretariat.plan.periodFrom')} />
        <TextInput
          name="periodTo"
          type="date"
          label={t('secretariat.plan.periodTo')}
          problem={problem('periodTo')}
        />
        {current && current.strategies.length > 0 && (
          <fieldset className="tier-fields">
            <legend>{t('secretariat.plan.strategies')}</legend>
            {current.strategies.map((strategy, index) => (
              <TextInput
                key={strategy.strategyId}
                name={`strategy:${strategy.strategyId}`}
                label={t('secretariat.plan.strategy', { number: index + 1 })}
                hint={t('secretariat.plan.policiesKept', { count: strategy.policies.length })}
                problem={problem(`strategy:${strategy.strategyId}`)}
                defaultValue={strategy.title}
                autoComplete="off"
              />
            ))}
          </fieldset>
        )}
        <RefusalAlert refusal={refusal} prefix="secretariat.plan.refusals" />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.plan.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
