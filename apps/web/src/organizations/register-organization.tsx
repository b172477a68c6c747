import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { TextInput, focusFirstProblem } from '../forms/form-field';
import { PROPOSERS } from '../proposals/proposers';
import { Refusal, refusalOf, refusalText } from '../forms/refusal';
import { Problems } from '../forms/text-problem';
import { useTranslator } from '../forms/translator';
import { RequireRole } from '../session/require-role';
import { OrganizationDraft, OrganizationField, organizationProblems } from './organization-draft';

const REGISTER = graphql(`
  mutation RegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      __typename
      ... on CommandRefused {
        code
        message
      }
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
  const translator = useTranslator();
  const announce = useAnnounce();
  const form = useRef<HTMLFormElement>(null);
  const [registration, register] = useMutation(REGISTER);
  const [problems, setProblems] = useState<Problems<OrganizationField>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [registered, setRegistered] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) focusFirstProblem(form.current);
  }, [attempt]);
  const problem = (field: OrganizationField) =>
    problems[field] && t(`organizations.problems.${problems[field]}`);
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
    const found = organizationProblems(draft);
    setProblems(found);
    setRefusal(null);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    const result = await register({ input: draft });
    const refused = refusalOf(result.data?.registerOrganization, result.error);
    setRefusal(refused);
    if (refused) return;
    const message = t('organizations.registered', { name: draft.name });
    setRegistered(message);
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
      <TextInput
        name="district"
        label={t('organizations.district')}
        hint={t('organizations.districtHint')}
        problem={problem('district')}
      />
      {refusal && (
        <p role="alert" className="field-problem">
          {refusalText(translator, 'organizations.refusals', refusal)}
        </p>
      )}
      {registered && <p className="status">{registered}</p>}
      <div className="actions">
        <button type="submit" className="button primary">
          {t('organizations.submit')}
        </button>
      </div>
    </form>
  );
}
