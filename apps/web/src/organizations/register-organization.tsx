import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { TextInput } from '../forms/form-field';
import { DistrictField } from '../districts/districts';
import { PROPOSERS } from '../proposals/proposers';
import { RefusalAlert } from '../forms/refusal-alert';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { RequireRole } from '../session/require-role';
import { OrganizationDraft, OrganizationField, organizationProblems } from './organization-draft';
import { Chip } from '../design/chip';
import { navigate } from '../navigation';

const REGISTER = graphql(`
  mutation RegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

/** Register a civil society organization: its registrant becomes its first administrator. */
export function RegisterOrganizationScreen() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('organizations.pageTitle');
  }, [t]);
  return (
    <>
      <h1>{t('organizations.title')}</h1>
      <RequireRole roles={PROPOSERS}>
        <RegisterOrganizationForm />
      </RequireRole>
    </>
  );
}

function RegisterOrganizationForm() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [registration, register] = useMutation(REGISTER);
  const { form, problem, check } = useFormProblems<OrganizationField>('organizations.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const [registered, setRegistered] = useState<{ id: string; message: string } | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (registration.fetching) return;
    const fields = new FormData(event.currentTarget);
    const text = (name: OrganizationField) => String(fields.get(name) ?? '').trim();
    const draft: OrganizationDraft = {
      organizationId: text('organizationId'),
      name: text('name'),
      district: text('district'),
    };
    setRefusal(null);
    if (!check(organizationProblems(draft))) return;
    const result = await register({ input: draft });
    if (!accepted(result.data?.registerOrganization, result.error)) return;
    const message = t('organizations.registered', { name: draft.name });
    setRegistered({ id: draft.organizationId, message });
    announce(message);
  };
  return (
    <form ref={form} className="form-stack" onSubmit={submit} noValidate>
      <p>{t('organizations.intro')}</p>
      <TextInput
        name="name"
        label={t('organizations.name')}
        problem={problem('name')}
        autoComplete="organization"
      />
      <TextInput
        name="organizationId"
        label={t('organizations.id')}
        hint={t('organizations.idHint')}
        problem={problem('organizationId')}
        autoComplete="off"
      />
      <DistrictField
        label={t('organizations.district')}
        hint={t('organizations.districtHint')}
        problem={problem('district')}
      />
      <RefusalAlert refusal={refusal} prefix="organizations.refusals" />
      {registered && (
        <p>
          <Chip tone="done">{registered.message}</Chip>{' '}
          <a href={`/organizations/${encodeURIComponent(registered.id)}`} onClick={navigate}>
            {t('organizations.open')}
          </a>
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary">
          {t('organizations.submit')}
        </button>
      </div>
    </form>
  );
}
