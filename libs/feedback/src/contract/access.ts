import { AccessCheck, OFFICERS, PEOPLE } from '@hyeopchi/identity';

/** A survey answer counts for the caller's own sector: civil society is private, the administration public. */
export const ownSector: AccessCheck = ({ roles }, data, { committeeSeat }) => {
  const sectors = new Set<string>();
  if (roles.some((role) => PEOPLE.includes(role))) sectors.add('private');
  if (roles.some((role) => [...OFFICERS, 'secretariat'].includes(role))) sectors.add('public');
  if (committeeSeat) sectors.add(committeeSeat.sector);
  return typeof data.sector === 'string' && sectors.has(data.sector)
    ? null
    : `you answer for your own sector (${[...sectors].join(' or ') || 'none'})`;
};
