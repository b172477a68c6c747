import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { Chip } from '../design/chip';
import { dateText, seoulDayOf } from '../forms/dates';
import { TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { useChosenSpace } from '../spaces/chosen-space';
import { CITY_SPACE_ID } from '../spaces/space-names';
import { SpaceSelect } from '../spaces/space-select';
import { DeskScreen } from './desk-screen';
import { PolicyDraft, PolicyField, TIERS, policyInput, policyProblems } from './policy-draft';
import { PolicyStanding, policyStandings } from './policy-standing';

const POLICIES = graphql(`
  query ThresholdPolicies($spaceId: String!) {
    thresholdPolicies(spaceId: $spaceId) {
      version
      supportWindowDays
      tiers {
        tier
        measure
        threshold
      }
      adoptedAt
      takesEffectAt
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

const STANDING_TONE = { inForce: 'active', scheduled: 'waiting', earlier: 'neutral' } as const;

/**
 * A space's support thresholds: every version kept, the latest adopted first, each in force, scheduled for a later
 * day or earlier; and a new version to adopt. The space is the one picked in the header (the city's from the
 * city-wide view) until another is chosen here.
 */
export function ThresholdsScreen() {
  const { t, i18n } = useTranslation();
  const picked = useChosenSpace();
  const [spaceId, setSpaceId] = useState(picked ?? CITY_SPACE_ID);
  const [{ data, error }, refetch] = useQuery({ query: POLICIES, variables: { spaceId } });
  const policies = data?.thresholdPolicies ?? [];
  // the moment the list was read: what is in force is said as of then
  const standings = policyStandings(policies, new Date());
  const current = policies.find(({ version }) => standings.get(version) === 'inForce') ?? policies[0];
  const spaceField = useId();
  return (
    <DeskScreen title={t('secretariat.thresholds.title')}>
      <p>{t('secretariat.thresholds.intro')}</p>
      <div className="field">
        <label htmlFor={spaceField}>{t('secretariat.thresholds.space')}</label>
        <SpaceSelect id={spaceField} value={spaceId} onChange={(event) => setSpaceId(event.target.value)} />
      </div>
      {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
      {data && (
        <AdoptPolicyForm
          key={`${spaceId} ${policies[0]?.version ?? 0}`}
          spaceId={spaceId}
          current={current ?? null}
          next={(policies[0]?.version ?? 0) + 1}
          onAdopted={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      <section aria-labelledby="versions">
        <h2 id="versions">{t('secretariat.thresholds.versions')}</h2>
        {data && policies.length === 0 && <p>{t('secretariat.thresholds.none')}</p>}
        <ol className="cards" reversed>
          {policies.map((policy) => (
            <li key={policy.version} className="card">
              <h3>{t('secretariat.thresholds.version', { version: policy.version })}</h3>
              <p>
                <StandingChip standing={standings.get(policy.version) ?? 'earlier'} />
              </p>
              <dl className="facts">
                <dt>{t('secretariat.thresholds.adoptedAt')}</dt>
                <dd>{dateText(i18n.language, policy.adoptedAt, true)}</dd>
                <dt>{t('secretariat.thresholds.takesEffectAt')}</dt>
                <dd>{dateText(i18n.language, policy.takesEffectAt)}</dd>
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

function StandingChip({ standing }: { standing: PolicyStanding }) {
  const { t } = useTranslation();
  return <Chip tone={STANDING_TONE[standing]}>{t(`secretariat.thresholds.standing.${standing}`)}</Chip>;
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

function AdoptPolicyForm({
  spaceId,
  current,
  next,
  onAdopted,
}: {
  spaceId: string;
  current: Policy | null;
  next: number;
  onAdopted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const today = seoulDayOf(new Date());
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
      takesEffectOn: text('takesEffectOn'),
    };
    setRefusal(null);
    if (!check(policyProblems(draft, today))) return;
    const result = await adopt({ input: { ...policyInput(draft), spaceId } });
    if (!accepted(result.data?.adoptThresholdPolicy, result.error)) return;
    announce(
      t('secretariat.thresholds.adopted', {
        version: next,
        day: dateText(i18n.language, draft.takesEffectOn),
      }),
    );
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
        <TextInput
          name="takesEffectOn"
          type="date"
          label={t('secretariat.thresholds.takesEffectOn')}
          hint={t('secretariat.thresholds.takesEffectOnHint')}
          problem={problem('takesEffectOn')}
          min={today}
          defaultValue={today}
        />
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
