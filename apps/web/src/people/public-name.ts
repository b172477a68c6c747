import type { TFunction } from 'i18next';
import type { PersonRole } from '../gql/graphql';

/** A person as the API shows them to anyone: a name they chose (or the roster's), or their role alone. */
export interface PublicPerson {
  displayName?: string | null;
  role: PersonRole;
}

/** What to call a person: their public name, else their role ("a citizen"), never their account id. */
export function publicName(t: TFunction, person: PublicPerson | null | undefined): string {
  return person?.displayName ?? t(`people.nameless.${person?.role ?? 'citizen'}`);
}
