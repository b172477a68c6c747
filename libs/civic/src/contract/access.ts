import { AccessCheck } from '@hyeopchi/identity';

/**
 * A proposal drafted for an organization is drafted by one of its members, as the organization's records say: a
 * token's claim is not enough. (The civic service checks it again on the organization's own events, and for edits,
 * submissions and amendments too.)
 */
export const memberOfTheOrganization: AccessCheck = (_identity, data, { organizations = [] }) => {
  const organization = data.organizationId as string | null | undefined;
  return !organization || organizations.includes(organization)
    ? null
    : `only members of ${organization} may do this`;
};
