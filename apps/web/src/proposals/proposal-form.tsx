import { FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { navigateTo } from '../navigation';
import { RequireRole } from '../session/require-role';
import { useSession } from '../session/session';
import { TextBox, TextInput } from '../forms/form-field';
import { CITY_SPACE_ID } from '../spaces/space-names';
import { useChosenSpace } from '../spaces/chosen-space';
import { DraftSpaceFields } from './draft-space';
import { FOCUS_HEADING } from './proposal-page';
import { DraftField, ProposalDraft, departmentsInOrder, draftProblems } from './proposal-draft';
import { departmentChoices } from '../departments/department-names';
import { PROPOSERS } from './proposers';
import { RefusalAlert } from '../forms/refusal-alert';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { proposalPath } from './paths';

const FORM_DATA = graphql(`
  query ProposalForm($id: String!, $editing: Boolean!) {
    masterPlan {
      strategies {
        strategyId
        title
        policies {
          policyId
          title
        }
      }
    }
    departments {
      id
      nameKo
      nameEn
      spaceId
    }
    me {
      memberOf {
        id
        name
      }
    }
    proposal(id: $id) @include(if: $editing) {
      id
      title
      body
      serves
      departments
      district
      spaceId
      organizationId
      authorId
      status
    }
  }
`);

const DRAFT = graphql(`
  mutation DraftProposal($input: DraftProposalInput!) {
    draftProposal(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const EDIT = graphql(`
  mutation EditProposal($input: EditProposalInput!) {
    editProposal(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const EMPTY: ProposalDraft = {
  title: '',
  body: '',
  serves: [],
  departments: [],
  district: '',
  organizationId: '',
};

/** Submit a proposal (a draft first, submitted from its page) or edit a draft: citizens and civil society. */
export function ProposalFormScreen({ id }: { id?: string }) {
  const { t } = useTranslation();
  const heading = t(id ? 'proposal.form.editTitle' : 'proposal.form.newTitle');
  useEffect(() => {
    document.title = t('proposal.form.pageTitle', { heading });
  }, [heading, t]);
  return (
    <>
      <h1>{heading}</h1>
      <RequireRole roles={PROPOSERS}>
        <ProposalForm id={id} />
      </RequireRole>
    </>
  );
}

function ProposalForm({ id }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const { session } = useSession();
  // a form starts from what is current: the draft as saved, and organizations joined since the last visit
  const [{ data, fetching }] = useQuery({
    query: FORM_DATA,
    variables: { id: id ?? '', editing: !!id },
    requestPolicy: 'network-only',
  });
  const [drafting, draft] = useMutation(DRAFT);
  const [editing, edit] = useMutation(EDIT);
  const { form, problems, problem, check } = useFormProblems<DraftField>('proposal.form.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const chosenSpace = useChosenSpace();
  if (fetching || !data) return <p role="status">{t('proposal.loading')}</p>;
  const existing = data.proposal;
  if (id && (!existing || existing.authorId !== session?.person.subject || existing.status !== 'draft')) {
    return <p role="alert">{t('proposal.form.notEditable')}</p>;
  }
  const initial: ProposalDraft = existing
    ? {
        ...existing,
        organizationId: existing.organizationId ?? '',
      }
    : EMPTY;
  const organizations = data.me?.memberOf ?? [];
  // a new draft is made in the space chosen in the header, the city's from the city-wide view; a draft stays in its own
  const spaceId = existing?.spaceId ?? chosenSpace ?? CITY_SPACE_ID;

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (drafting.fetching || editing.fetching) return;
    const fields = new FormData(event.currentTarget);
    const text = (name: string) => String(fields.get(name) ?? '').trim();
    const values: ProposalDraft = {
      title: text('title'),
      body: text('body'),
      serves: fields.getAll('serves').map(String),
      departments: departmentsInOrder(fields.getAll('departments').map(String), initial.departments),
      district: text('district'),
      organizationId: text('organizationId'),
    };
    setRefusal(null);
    if (!check(draftProblems(values))) return;
    const content = {
      title: values.title,
      body: values.body,
      serves: values.serves,
      departments: values.departments,
      district: values.district,
    };
    const proposalId = id ?? crypto.randomUUID();
    const saved = id
      ? await edit({ input: { proposalId, ...content } }).then((r) => accepted(r.data?.editProposal, r.error))
      : await draft({
          input: { proposalId, ...content, spaceId, organizationId: values.organizationId || null },
        }).then((r) => accepted(r.data?.draftProposal, r.error));
    if (!saved) return;
    announce(t('proposal.form.saved'));
    navigateTo(proposalPath(proposalId), FOCUS_HEADING);
  };

  const policyChoices = data.masterPlan?.strategies.flatMap((strategy) => [
    { id: strategy.strategyId, title: strategy.title, policy: false },
    ...strategy.policies.map((policy) => ({ id: policy.policyId, title: policy.title, policy: true })),
  ]);
  // a proposal asks the departments of its own space
  const ofTheSpace = data.departments.filter((department) => department.spaceId === spaceId);
  const departments = departmentChoices(ofTheSpace, i18n.language);
  return (
    <form ref={form} className="form-stack" onSubmit={save} noValidate>
      <p>{t('proposal.form.intro')}</p>
      <TextInput
        name="title"
        label={t('proposal.form.title')}
        hint={t('proposal.form.titleHint')}
        problem={problem('title')}
        defaultValue={initial.title}
        autoComplete="off"
      />
      <TextBox
        name="body"
        label={t('proposal.form.body')}
        hint={t('proposal.form.bodyHint')}
        problem={problem('body')}
        defaultValue={initial.body}
        rows={8}
      />
      <fieldset aria-describedby={problems.serves ? 'serves-problem' : undefined}>
        <legend>{t('proposal.form.serves')}</legend>
        {policyChoices?.map((choice) => (
          <label key={choice.id} className={choice.policy ? 'choice policy' : 'choice'}>
            <input
              type="checkbox"
              name="serves"
              value={choice.id}
              defaultChecked={initial.serves.includes(choice.id)}
              aria-invalid={!!problems.serves}
            />
            {choice.title}
          </label>
        ))}
        {problems.serves && (
          <p id="serves-problem" role="alert" className="field-problem">
            {problem('serves')}
          </p>
        )}
      </fieldset>
      <fieldset aria-describedby={`departments-hint${problems.departments ? ' departments-problem' : ''}`}>
        <legend>{t('proposal.form.departments')}</legend>
        <p id="departments-hint" className="hint">
          {t('proposal.form.departmentsHint')}
        </p>
        {departments.map((department) => (
          <label key={department.id} className="choice">
            <input
              type="checkbox"
              name="departments"
              value={department.id}
              defaultChecked={initial.departments.includes(department.id)}
              aria-invalid={!!problems.departments}
            />
            {department.name}
          </label>
        ))}
        {problems.departments && (
          <p id="departments-problem" role="alert" className="field-problem">
            {problem('departments')}
          </p>
        )}
      </fieldset>
      <DraftSpaceFields spaceId={spaceId} district={initial.district} problem={problem('district')} />
      {!id && (
        <div className="field">
          <label htmlFor="proposal-organization">{t('proposal.form.organization')}</label>
          <select id="proposal-organization" name="organizationId" defaultValue={initial.organizationId}>
            <option value="">{t('proposal.form.noOrganization')}</option>
            {organizations.map(({ id: organizationId, name }) => (
              <option key={organizationId} value={organizationId}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <RefusalAlert refusal={refusal} prefix="proposal.refusals" />
      <div className="actions">
        <button type="submit" className="button primary">
          {t('proposal.form.save')}
        </button>
      </div>
    </form>
  );
}
