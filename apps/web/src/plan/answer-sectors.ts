import type { Person, Role } from '../session/session';

export type Sector = 'public' | 'private';

const CIVIL_SOCIETY: Role[] = ['citizen', 'cso_member', 'cso_admin'];
const ADMINISTRATION: Role[] = ['department_officer', 'department_head', 'secretariat'];

/**
 * The sectors a person's survey answer may count for, as the platform decides it (feedback's `ownSector`): civil
 * society answers for the private sector, the administration for the public one, a committee member for their seat's.
 * Empty for those who answer no survey (auditors, admins, committee members whose seat is not known yet).
 */
export function answerSectors(person: Person, seatSector: string | null): Sector[] {
  const sectors = new Set<Sector>();
  if (person.roles.some((role) => (CIVIL_SOCIETY as string[]).includes(role))) sectors.add('private');
  if (person.roles.some((role) => (ADMINISTRATION as string[]).includes(role))) sectors.add('public');
  if (seatSector === 'public' || seatSector === 'private') sectors.add(seatSector);
  return [...sectors].sort();
}
