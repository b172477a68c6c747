import { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { placeName } from '../districts/district-names';
import { dateText } from '../forms/dates';
import { TextBox } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { outcomeOf } from '../forms/refusal';
import { textProblem } from '../forms/text-problem';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import type { SecretariatOrganizationsQuery } from '../gql/graphql';
import { navigate } from '../navigation';
import { VerificationFacts, VerifiedChip } from '../organizations/verification';
import { DeskScreen } from './desk-screen';

const ORGANIZATIONS = graphql(`
  query SecretariatOrganizations {
    organizations {
      id
      name
      verified
      district
      districtInDirectory {
        nameKo
        nameEn
      }
      registeredAt
      verificationNote
      verifiedAt
      verifier {
        displayName
        role
      }
      verificationRevokedReason
      verificationRevokedAt
    }
  }
`);

const VERIFY = graphql(`
  mutation VerifyOrganization($input: VerifyOrganizationInput!) {
    verifyOrganization(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeOrganizationVerification($input: RevokeOrganizationVerificationInput!) {
    revokeOrganizationVerification(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

type Organization = SecretariatOrganizationsQuery['organizations'][number];

/** The platform's limit on a verification's note and on a revocation's reason (the command schemas). */
const MAX_TEXT = 2_000;
const REFUSALS = 'secretariat.organizations.refusals';

/** Organizations awaiting the secretariat's verification, and those it vouches for, with verifying and revoking. */
export function OrganizationsScreen() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: ORGANIZATIONS });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const organizations = data?.organizations ?? [];
  const awaiting = organizations.filter((organization) => !organization.verified);
  const verified = organizations.filter((organization) => organization.verified);
  return (
    <DeskScreen title={t('secretariat.organizations.title')}>
      <p>{t('secretariat.organizations.intro')}</p>
      {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
      <section aria-labelledby="awaiting">
        <h2 id="awaiting">{t('secretariat.organizations.awaiting', { count: awaiting.length })}</h2>
        {data && awaiting.length === 0 && <p>{t('secretariat.organizations.noneAwaiting')}</p>}
        <ul className="cards">
          {awaiting.map((organization) => (
            <OrganizationCard key={organization.id} organization={organization} onChanged={reload} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="verified">
        <h2 id="verified">{t('secretariat.organizations.verified', { count: verified.length })}</h2>
        {data && verified.length === 0 && <p>{t('secretariat.organizations.noneVerified')}</p>}
        <ul className="cards">
          {verified.map((organization) => (
            <OrganizationCard key={organization.id} organization={organization} onChanged={reload} />
          ))}
        </ul>
      </section>
    </DeskScreen>
  );
}

function OrganizationCard({
  organization,
  onChanged,
}: {
  organization: Organization;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card">
      <h3>
        <a href={`/organizations/${encodeURIComponent(organization.id)}`} onClick={navigate}>
          {organization.name}
        </a>
      </h3>
      <p>
        <VerifiedChip verified={organization.verified} />
      </p>
      <dl className="facts">
        <dt>{t('secretariat.organizations.district')}</dt>
        <dd>{placeName(organization, i18n.language)}</dd>
        <dt>{t('secretariat.organizations.registeredAt')}</dt>
        <dd>{dateText(i18n.language, organization.registeredAt)}</dd>
      </dl>
      <VerificationFacts organization={organization} />
      {organization.verified ? (
        <RevokeForm organization={organization} onRevoked={onChanged} />
      ) : (
        <VerifyForm organization={organization} onVerified={onChanged} />
      )}
    </li>
  );
}

function VerifyForm({ organization, onVerified }: { organization: Organization; onVerified: () => void }) {
  const { t } = useTranslation();
  const [verifying, verify] = useMutation(VERIFY);
  return (
    <TextForm
      organization={organization}
      field="note"
      busy={verifying.fetching}
      send={(note) => verify({ input: { organizationId: organization.id, note } })}
      done={t('secretariat.organizations.verifiedNow', { name: organization.name })}
      onDone={onVerified}
    />
  );
}

function RevokeForm({ organization, onRevoked }: { organization: Organization; onRevoked: () => void }) {
  const { t } = useTranslation();
  const [revoking, revoke] = useMutation(REVOKE);
  return (
    <TextForm
      organization={organization}
      field="reason"
      busy={revoking.fetching}
      send={(reason) => revoke({ input: { organizationId: organization.id, reason } })}
      done={t('secretariat.organizations.revokedNow', { name: organization.name })}
      onDone={onRevoked}
    />
  );
}

/** One text the secretariat writes about an organization (what it checked, or why it revokes) and the button to send it. */
function TextForm({
  organization,
  field,
  busy,
  send,
  done,
  onDone,
}: {
  organization: Organization;
  field: 'note' | 'reason';
  busy: boolean;
  send: (text: string) => Promise<{ data?: object; error?: { message: string } }>;
  done: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { form, problem, check } = useFormProblems<typeof field>('secretariat.organizations.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const text = String(new FormData(event.currentTarget).get(field) ?? '').trim();
    setRefusal(null);
    const found = textProblem(text, MAX_TEXT);
    if (!check(found ? { [field]: `${field}.${found}` } : {})) return;
    const { data, error } = await send(text);
    if (!accepted(outcomeOf(data), error)) return;
    form.current?.reset();
    announce(done);
    onDone();
  };
  return (
    <form ref={form} className="form-stack" onSubmit={submit} noValidate>
      <TextBox
        name={field}
        label={t(`secretariat.organizations.${field}`)}
        hint={t(`secretariat.organizations.${field}Hint`)}
        problem={problem(field)}
        rows={2}
      />
      <RefusalAlert refusal={refusal} prefix={REFUSALS} />
      <div className="actions">
        <button type="submit" className="button primary">
          {t(field === 'note' ? 'secretariat.organizations.verify' : 'secretariat.organizations.revoke')}
          <span className="visually-hidden"> ({organization.name})</span>
        </button>
      </div>
    </form>
  );
}
