import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDepartmentDirectory } from '../departments/use-department-directory';
import { graphql } from '../gql';
import { RequireRole } from '../session/require-role';
import { Person, Role, useSession } from '../session/session';
import { actsFor, deskDepartments } from './desk-departments';
import { ImplementationsSection } from './implementations-section';
import { ReviewQueue } from './review-queue';
import './department.css';

const ASKED_DEPARTMENTS = graphql(`
  query DepartmentDeskDepartments {
    departmentReviews {
      department
    }
  }
`);

const DESK_ROLES: Role[] = ['department_officer', 'department_head', 'admin'];

/**
 * The department desk: the reviews a department must answer, soonest due first, and what it was asked to
 * implement. Officers act for their own department; administrators look at any.
 */
export function DepartmentDesk() {
  const { t } = useTranslation();
  const { session } = useSession();
  const person = session?.person ?? null;
  const departments = useDeskDepartments(person);
  const [chosen, setChosen] = useState<string | null>(null);
  const department = chosen && departments.includes(chosen) ? chosen : (departments[0] ?? null);
  const { nameOf } = useDepartmentDirectory();
  const named = department && nameOf(department);
  useEffect(() => {
    document.title = named ? t('department.pageTitle', { department: named }) : t('department.pageTitleNone');
  }, [named, t]);
  return (
    <>
      <h1>{named ? t('department.titleOf', { department: named }) : t('department.title')}</h1>
      <RequireRole roles={DESK_ROLES}>
        {person && department ? (
          <>
            {departments.length > 1 && (
              <DepartmentSelect departments={departments} value={department} onChange={setChosen} />
            )}
            {!actsFor(person, department) && <p>{t('department.readOnly', { department: named })}</p>}
            <ReviewQueue department={department} actsFor={actsFor(person, department)} />
            <ImplementationsSection department={department} actsFor={actsFor(person, department)} />
          </>
        ) : (
          <p>{t('department.noDepartment')}</p>
        )}
      </RequireRole>
    </>
  );
}

/** The person's departments; an administrator's are every department asked, which the API lists. */
function useDeskDepartments(person: Person | null): string[] {
  const [{ data }] = useQuery({ query: ASKED_DEPARTMENTS, pause: !person?.roles.includes('admin') });
  if (!person) return [];
  return deskDepartments(person, data?.departmentReviews.map((asked) => asked.department) ?? []);
}

function DepartmentSelect(props: {
  departments: string[];
  value: string;
  onChange: (department: string) => void;
}) {
  const { t } = useTranslation();
  const { nameOf } = useDepartmentDirectory();
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>{t('department.department')}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.departments.map((department) => (
          <option key={department} value={department}>
            {nameOf(department)}
          </option>
        ))}
      </select>
    </p>
  );
}
