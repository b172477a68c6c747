import { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { TextBox, TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { spaceName } from '../spaces/space-names';
import { SPACES } from '../spaces/spaces';
import { CouncilDraft, CouncilField, councilProblems } from './council-draft';
import { DeskScreen } from './desk-screen';

const CREATE = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

/**
 * Thematic councils: spaces of their own beside the city and the districts. The list is the header picker's query,
 * so a council created here is there to pick at once.
 */
export function CouncilsScreen() {
  const { t, i18n } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: SPACES });
  const spaces = data?.spaces ?? [];
  const councils = spaces.filter(({ kind }) => kind === 'council');
  return (
    <DeskScreen title={t('secretariat.councils.title')}>
      <p>{t('secretariat.councils.intro')}</p>
      {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
      {data && (
        <CreateCouncilForm
          takenIds={spaces.map(({ id }) => id)}
          onCreated={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      <section aria-labelledby="councils">
        <h2 id="councils">{t('secretariat.councils.list')}</h2>
        {data && councils.length === 0 && <p>{t('secretariat.councils.none')}</p>}
        <ul className="cards">
          {councils.map((council) => (
            <li key={council.id} className="card">
              <h3>{spaceName(council, i18n.language)}</h3>
              <p>{council.theme}</p>
            </li>
          ))}
        </ul>
      </section>
    </DeskScreen>
  );
}

function CreateCouncilForm({ takenIds, onCreated }: { takenIds: string[]; onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const [creating, create] = useMutation(CREATE);
  const { form, problem, check } = useFormProblems<CouncilField>('secretariat.councils.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating.fetching) return;
    const fields = new FormData(event.currentTarget);
    const text = (name: CouncilField) => String(fields.get(name) ?? '').trim();
    const draft: CouncilDraft = {
      councilId: text('councilId'),
      nameKo: text('nameKo'),
      nameEn: text('nameEn'),
      theme: text('theme'),
    };
    setRefusal(null);
    if (!check(councilProblems(draft, takenIds))) return;
    const result = await create({ input: draft });
    if (!accepted(result.data?.createCouncil, result.error)) return;
    form.current?.reset();
    announce(t('secretariat.councils.created', { name: spaceName(draft, i18n.language) }));
    onCreated();
  };
  return (
    <section aria-labelledby="create-council">
      <h2 id="create-council">{t('secretariat.councils.createTitle')}</h2>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <TextInput
          name="nameKo"
          lang="ko"
          label={t('secretariat.councils.nameKo')}
          problem={problem('nameKo')}
          autoComplete="off"
        />
        <TextInput
          name="nameEn"
          lang="en"
          label={t('secretariat.councils.nameEn')}
          problem={problem('nameEn')}
          autoComplete="off"
        />
        <TextInput
          name="councilId"
          label={t('secretariat.councils.councilId')}
          hint={t('secretariat.councils.councilIdHint')}
          problem={problem('councilId')}
          autoComplete="off"
        />
        <TextBox name="theme" label={t('secretariat.councils.theme')} problem={problem('theme')} rows={3} />
        <RefusalAlert refusal={refusal} prefix="secretariat.councils.refusals" />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.councils.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
