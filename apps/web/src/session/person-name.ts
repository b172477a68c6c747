import type { TFunction } from 'i18next';
import type { Person } from './session';

/** A person in words: their id, their first role, and what they belong to. */
export function personName(t: TFunction, person: Person): string {
  const memberships = [...person.organizations, ...person.departments];
  const role = person.roles[0] ? t(`session.roles.${person.roles[0]}`) : '';
  const of = memberships.length ? ` ${t('session.memberOf', { what: memberships.join(', ') })}` : '';
  return `${person.subject} (${role}${of})`;
}
