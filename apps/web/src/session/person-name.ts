import type { TFunction } from 'i18next';
import type { Person } from './session';

/** What a person does here: their first role, and what they belong to, by name where the caller knows it. */
export function personRole(
  t: TFunction,
  person: Person,
  organizationName = (id: string) => id,
  departmentName = (id: string) => id,
): string {
  const memberships = [
    ...person.organizations.map(organizationName),
    ...person.departments.map(departmentName),
  ];
  const role = person.roles[0] ? t(`session.roles.${person.roles[0]}`) : '';
  const of = memberships.length ? ` ${t('session.memberOf', { what: memberships.join(', ') })}` : '';
  return `${role}${of}`;
}

/** A person in words: their public name with their first role and what they belong to; without a name, those alone. */
export function personName(
  t: TFunction,
  person: Person & { displayName?: string | null },
  departmentName = (id: string) => id,
): string {
  const role = personRole(t, person, undefined, departmentName);
  return person.displayName ? `${person.displayName} (${role})` : role;
}
