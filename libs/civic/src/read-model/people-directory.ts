import { rowOfRequest } from '@hyeopchi/gateway-kit';
import { EntityManager } from 'typeorm';
import { Person, PersonProfile, PersonRole } from './people.entities';

const CITIZEN_ROLES = new Set(['citizen', 'cso_member', 'cso_admin']);
const COMMITTEE_ROLES = new Set(['committee_member', 'committee_chair']);

/** What anyone may see of a person: their profile, or a citizen without a name when there is none. */
function personFrom(profile: PersonProfile | undefined): Person {
  return {
    displayName: profile?.displayName ?? profile?.rosterName ?? null,
    role: roleOf(profile),
    department: profile?.department ?? null,
  };
}

function roleOf(profile: PersonProfile | undefined): PersonRole {
  if (!profile) return 'citizen';
  if (profile.onCommittee) return 'committee_member';
  if (profile.department) return 'official';
  if (!profile.namedAs || CITIZEN_ROLES.has(profile.namedAs)) return 'citizen';
  return COMMITTEE_ROLES.has(profile.namedAs) ? 'committee_member' : 'official';
}

/**
 * The person `id` names, as anyone may see them; null for none, or for the platform acting on its own
 * (`system:<process>`). Read together with the other people the same request names (`request`: the GraphQL request).
 */
export async function publicPerson(
  request: object,
  manager: EntityManager,
  id: string | null,
): Promise<Person | null> {
  if (!id || id.startsWith('system:')) return null;
  return personFrom(await rowOfRequest(request, manager, PersonProfile, id));
}
