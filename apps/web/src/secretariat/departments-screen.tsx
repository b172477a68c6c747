import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { departmentName } from '../departments/department-names';
import { districtName } from '../districts/district-names';
import { DISTRICTS, DistrictSelect } from '../districts/districts';
import { Field, TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { problemsOf, textProblem } from '../forms/text-problem';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { publicName } from '../people/public-name';
import { DeskScreen } from './desk-screen';

const DIRECTORY = graphql(`
  query SecretariatDepartments {
    departments {
      id
      nameKo
      nameEn
      spaceId
      officers {
        displayName
        role
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation RegisterDepartment($input: RegisterDepartmentInput!) {
    registerDepartment(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const ASSIGN = graphql(`
  mutation AssignDepartmentOfficer($input: AssignDepartmentOfficerInput!) {
    assignDepartmentOfficer(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const CITY = 'seoul';
const ID_RULE = /^[A-Za-z0-9_.:-]+$/;
const REFUSALS = 'secretariat.departments.refusals';
type RegisterField = 'departmentId' | 'nameKo' | 'nameEn';
type AssignField = 'departmentId' | 'personId';

const idProblem = (id: string) => textProblem(id, 100) ?? (ID_RULE.test(id) ? null : 'characters');

/** The department directory: each department by name with the space it serves and its officers; registering more. */
export function DepartmentsScreen() {
  const { t, i18n } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: DIRECTORY });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const departments = data?.departments ?? [];
  const spaceName = useSpaceName();
  return (
    <DeskScreen title={t('secretariat.departments.title')}>
      {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
      <section aria-labelledby="directory">
        <h2 id="directory">{t('secretariat.departments.list', { count: departments.length })}</h2>
        {data && departments.length === 0 && <p>{t('secretariat.departments.none')}</p>}
        <ul className="cards">
          {departments.map((department) => (
            <li key={department.id} className="card">
              <h3>{departmentName(department, i18n.language)}</h3>
              <p>{t('secretariat.departments.serves', { space: spaceName(department.spaceId) })}</p>
              <p>
                {department.officers.length === 0
                  ? t('secretariat.departments.noOfficers')
                  : t('secretariat.departments.officers', {
                      names: department.officers.map((officer) => publicName(t, officer)).join(', '),
                    })}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <RegisterForm onRegistered={reload} />
      {departments.length > 0 && <AssignForm departments={departments} onAssigned={reload} />}
    </DeskScreen>
  );
}

/** A space's name in the reader's language: the city, a district, or a council by its id. */
function useSpaceName() {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: DISTRICTS });
  return (spaceId: string) => {
    if (spaceId === CITY) return t('secretariat.departments.city');
    const district = data?.districts.find(({ id }) => id === spaceId);
    return district ? districtName(district, i18n.language) : spaceId;
  };
}

function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [registering, register] = useMutation(REGISTER);
  const { form, problem, check } = useFormProblems<RegisterField>('secretariat.departments.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (registering.fetching) return;
    const fields = new FormData(event.currentTarget);
    const text = (name: string) => String(fields.get(name) ?? '').trim();
    const input = {
      departmentId: text('departmentId'),
      nameKo: text('nameKo'),
      nameEn: text('nameEn'),
      spaceId: text('spaceId') || CITY,
    };
    setRefusal(null);
    const found = problemsOf<RegisterField>({
      nameKo: textProblem(input.nameKo, 100),
      nameEn: textProblem(input.nameEn, 100),
      departmentId: idProblem(input.departmentId),
    });
    if (!check(found)) return;
    const result = await register({ input });
    if (!accepted(result.data?.registerDepartment, result.error)) return;
    form.current?.reset();
    announce(t('secretariat.departments.registered', { name: input.nameKo }));
    onRegistered();
  };
  return (
    <section aria-labelledby="register-department">
      <h2 id="register-department">{t('secretariat.departments.registerTitle')}</h2>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <TextInput
          name="nameKo"
          label={t('secretariat.departments.nameKo')}
          hint={t('secretariat.departments.nameKoHint')}
          problem={problem('nameKo')}
          autoComplete="off"
        />
        <TextInput
          name="nameEn"
          label={t('secretariat.departments.nameEn')}
          hint={t('secretariat.departments.nameEnHint')}
          problem={problem('nameEn')}
          autoComplete="off"
        />
        <TextInput
          name="departmentId"
          label={t('secretariat.departments.departmentId')}
          hint={t('secretariat.departments.departmentIdHint')}
          problem={problem('departmentId')}
          autoComplete="off"
        />
        <Field
          label={t('secretariat.departments.space')}
          hint={t('secretariat.departments.spaceHint')}
          control={(attributes) => (
            <DistrictSelect {...attributes} name="spaceId" empty={t('secretariat.departments.city')} />
          )}
        />
        <RefusalAlert refusal={refusal} prefix={REFUSALS} />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.departments.register')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AssignForm({
  departments,
  onAssigned,
}: {
  departments: { id: string; nameKo: string; nameEn: string }[];
  onAssigned: () => void;
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const [assigning, assign] = useMutation(ASSIGN);
  const { form, problem, check } = useFormProblems<AssignField>('secretariat.departments.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const [departmentId, setDepartmentId] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assigning.fetching) return;
    const personId = String(new FormData(event.currentTarget).get('personId') ?? '').trim();
    setRefusal(null);
    const found = problemsOf<AssignField>({
      departmentId: departmentId ? null : 'choose',
      personId: idProblem(personId),
    });
    if (!check(found)) return;
    const result = await assign({ input: { departmentId, personId } });
    if (!accepted(result.data?.assignDepartmentOfficer, result.error)) return;
    form.current?.reset();
    const department = departments.find(({ id }) => id === departmentId);
    announce(
      t('secretariat.departments.assigned', {
        department: department ? departmentName(department, i18n.language) : departmentId,
      }),
    );
    onAssigned();
  };
  return (
    <section aria-labelledby="assign-officer">
      <h2 id="assign-officer">{t('secretariat.departments.assignTitle')}</h2>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <p>{t('secretariat.departments.assignIntro')}</p>
        <Field
          label={t('secretariat.departments.department')}
          problem={problem('departmentId')}
          control={(attributes) => (
            <select
              {...attributes}
              value={departmentId}
              onChange={(event) => setDepartmentId(event.target.value)}
            >
              <option value="">{t('secretariat.departments.choose')}</option>
              {departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {departmentName(department, i18n.language)}
                </option>
              ))}
            </select>
          )}
        />
        <TextInput
          name="personId"
          label={t('secretariat.departments.personId')}
          hint={t('secretariat.departments.personIdHint')}
          problem={problem('personId')}
          autoComplete="off"
        />
        <RefusalAlert refusal={refusal} prefix={REFUSALS} />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.departments.assign')}
          </button>
        </div>
      </form>
    </section>
  );
}
