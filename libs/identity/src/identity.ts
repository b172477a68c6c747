import { z } from 'zod';
import { ROLES } from './roles';

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'expected an id of 1 to 100 letters, digits, _ . : -');

/**
 * Who a bearer token says the caller is: a subject, roles, and what the subject belongs to (organizations,
 * departments, the committee). The claims are short names, as JWT claims usually are.
 */
export const identityClaims = z
  .object({
    sub: id,
    roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
    orgs: z.array(id).max(50).default([]),
    depts: z.array(id).max(50).default([]),
    committee: z.boolean().default(false),
  })
  .passthrough();

export interface Identity {
  subject: string;
  roles: (typeof ROLES)[number][];
  organizations: string[];
  departments: string[];
  onCommittee: boolean;
}

export function identityFromClaims(claims: unknown): Identity {
  const { sub, roles, orgs, depts, committee } = identityClaims.parse(claims);
  return { subject: sub, roles, organizations: orgs, departments: depts, onCommittee: committee };
}

export function claimsOf(identity: Identity): Record<string, unknown> {
  return {
    sub: identity.subject,
    roles: identity.roles,
    orgs: identity.organizations,
    depts: identity.departments,
    committee: identity.onCommittee,
  };
}
