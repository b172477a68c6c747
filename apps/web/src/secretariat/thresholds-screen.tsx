import { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { Chip } from '../design/chip';
import { dateText } from '../forms/dates';
import { TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { DeskScreen } from './desk-screen';
import { PolicyDraft, PolicyField, TIERS, policyInput, policyProblems } from './policy-draft';

const POLICIES = graphql(`
  query ThresholdPolicies {
    thresholdPolicies {
      version
      supportWindowDays
      tiers {
        tier
        measure
        threshold
      }
      adoptedAt
      proposalsSubmitted
    }
  }
`);

const ADOPT = graphql(`
  mutation AdoptThresholdPolicy($input: AdoptThresholdPolicyInput!) {
    adoptThresholdPolicy(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

interface Policy {
  version: number;
  supportWindowDays: number;
  tiers: { tier: string; measure: string; threshold: number }[];
}

/** The support thresholds: every version kept, the one in force first, and a new version to adopt. */
export function ThresholdsScreen() {
  const { t, i18n } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: POLICIES });
  const policies = data?.thresholdPolicies ?? [];
  return (
    <DeskScreen title={t('secretariat.thresholds.title')}>
      <p>{t('secretariat.thresholds.intro')}</p>
      {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
      {data && (
        <AdoptPolicyForm
          key={policies[0]?.version ?? 0}
          current={policies[0] ?? null}
          onAdopted={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      <section aria-labelledby="versions">
        <h2 id="versions">{t('secretariat.thresholds.versions')}</h2>
        {data && policies.length === 0 && <p>{t('secretariat.thresholds.none')}</p>}
        <ol className="cards" reversed>
          {policies.map((policy, index) => (
            <li key={policy.version} className="card">
              <h3>{t('secretariat.thresholds.version', { version: policy.version })}</h3>
              <p>
                <Chip tone={index === 0 ? 'active' : 'neutral'}>
                  {t(index === 0 ? 'secretariat.thresholds.inForce' : 'secretariat.thresholds.earlier')}
                </Chip>
              </p>
              <dl className="facts">
                <dt>{t('secretariat.thresholds.adoptedAt')}</dt>
                <dd>{dateText(i18n.language, policy.adoptedAt, true)}</dd>
                <dt>{t('secretariat.thresholds.window')}</dt>
                <dd>{t('secretariat.thresholds.days', { count: policy.supportWindowDays })}</dd>
                {policy.tiers.map((tier) => (
                  <TierFact key={tier.tier} {...tier} />
                ))}
                <dt>{t('secretariat.thresholds.kept')}</dt>
                <dd>{t('secretariat.thresholds.proposals', { count: policy.proposalsSubmitted })}</dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>
    </DeskScreen>
  );
}

function TierFact({ tier, measure, threshold }: { tier: string; measure: string; threshold: number }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t(`secretariat.thresholds.tiers.${tier}`)}</dt>
      <dd>{t(`secretariat.thresholds.measures.${measure}`, { count: threshold })}</dd>
    </>
  );
}

function AdoptPolicyForm({ current, onAdopted }: { current: Policy | null; onAdopted: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [adopting, adopt] = useMutation(ADOPT);
  const { form, problem, check } = useFormProblems<PolicyField>('secretariat.thresholds.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const now = (tier: string) => String(current?.tiers.find((each) => each.tier === tier)?.threshold ?? '');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adopting.fetching) return;
    const fields = new FormData(event.currentTarget);
    const text = (name: PolicyField) => String(fields.get(name) ?? '').trim();
    const draft: PolicyDraft = {
      supportWindowDays: text('supportWindowDays'),
      department_answer: text('department_answer'),
      public_forum: text('public_forum'),
      mayor_answer: text('mayor_answer'),
    };
    setRefusal(null);
    if (!check(policyProblems(draft))) return;
    const result = await adopt({ input: policyInput(draft) });
    if (!accepted(result.data?.adoptThresholdPolicy, result.error)) return;
    announce(t('secretariat.thresholds.adopted', { version: (current?.version ?? 0) + 1 }));
    onAdopted();
  };
  return (
    <section aria-labelledby="adopt-policy">
      <h2 id="adopt-policy">{t('secretariat.thresholds.adoptTitle')}</h2>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <p>{t('secretariat.thresholds.adoptIntro')}</p>
        <TextInput
          name="supportWindowDays"
          label={t('secretariat.thresholds.window')}
          hint={t('secretariat.thresholds.windowHint')}
          problem={problem('supportWindowDays')}
          inputMode="numeric"
          defaultValue={current?.supportWindowDays ?? 30}
        />
        {TIERS.map(({ tier }) => (
          <TextInput
            key={tier}
            name={tier}
            label={t(`secretariat.thresholds.tiers.${tier}`)}
            hint={t(`secretariat.thresholds.hints.${tier}`)}
            problem={problem(tier)}
            inputMode="numeric"
            defaultValue={now(tier)}
          />
        ))}
        <RefusalAlert refusal={refusal} prefix="secretariat.thresholds.refusals" />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.thresholds.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
