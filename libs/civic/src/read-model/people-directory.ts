import { EntityManager, In } from 'typeorm';
import { Person, PersonProfile, PersonRole } from './people.entities';

const CITIZEN_ROLES = new Set(['citizen', 'cso_member', 'cso_admin']);
const COMMITTEE_ROLES = new Set(['committee_member', 'committee_chair']);

/** What anyone may see of a person: their profile, or a citizen without a name when there is none. */
export function personFrom(profile: PersonProfile | undefined): Person {
  const department = profile?.department ?? null;
  return {
    displayName: profile?.displayName ?? profile?.rosterName ?? null,
    role: roleOf(profile),
    department,
  };
}

function roleOf(profile: PersonProfile | undefined): PersonRole {
  if (!profile) return 'citizen';
  if (profile.onCommittee) return 'committee_member';
  if (profile.department) return 'official';
  if (!profile.namedAs || CITIZEN_ROLES.has(profile.namedAs)) return 'citizen';
  return COMMITTEE_ROLES.has(profile.namedAs) ? 'committee_member' : 'official';
}

interface Waiting {
  id: string;
  resolve(person: Person): void;
  reject(error: unknown): void;
}

/**
 * The people one request names, each read once, together: the fields of a list's items ask one by one, and one
 * statement answers them all (no query per proposal, step or vote).
 */
class PeopleOfOneRequest {
  private readonly asked = new Map<string, Promise<Person>>();
  private waiting: Waiting[] = [];

  constructor(private readonly manager: EntityManager) {}

  personOf(id: string): Promise<Person> {
    let person = this.asked.get(id);
    if (!person) {
      person = new Promise((resolve, reject) => this.waiting.push({ id, resolve, reject }));
      this.asked.set(id, person);
      // after the promises already settled have run their resolvers, which ask for the rest of the list
      if (this.waiting.length === 1) void Promise.resolve().then(() => process.nextTick(() => this.load()));
    }
    return person;
  }

  private async load(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    try {
      const profiles = await this.manager.findBy(PersonProfile, { id: In(batch.map(({ id }) => id)) });
      const byId = new Map(profiles.map((profile) => [profile.id, profile]));
      for (const { id, resolve } of batch) resolve(personFrom(byId.get(id)));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }
}

const requests = new WeakMap<object, PeopleOfOneRequest>();

/**
 * The person `id` names, as anyone may see them; null for none, or for the platform acting on its own
 * (`system:<process>`). `request` is the GraphQL request: what it has read it keeps until it ends.
 */
export function publicPerson(
  request: object,
  manager: EntityManager,
  id: string | null,
): Promise<Person | null> {
  if (!id || id.startsWith('system:')) return Promise.resolve(null);
  let people = requests.get(request);
  if (!people) {
    people = new PeopleOfOneRequest(manager);
    requests.set(request, people);
  }
  return people.personOf(id);
}
