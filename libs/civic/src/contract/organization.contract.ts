import { ORGANIZATION_LIMITS, organizationDecider } from '@hyeopchi/civic/domain';
import { ID_RULE, defineAggregate, defineCommand, identifier, text } from '@hyeopchi/contract-kit';
import { AccessRule, PEOPLE } from '@hyeopchi/identity';
import { z } from 'zod';
import { districtId } from './districts';

const organizationId = { organizationId: identifier };
const byPeople = { roles: PEOPLE };
/** The secretariat vouches for organizations, as admins may. */
const bySecretariat: AccessRule = { roles: ['admin', 'secretariat'] };

export const RegisterOrganization = defineCommand(
  'civic',
  'RegisterOrganization',
  z
    .object({
      ...organizationId,
      name: text(ORGANIZATION_LIMITS.name),
      district: districtId,
    })
    .strict(),
  {
    access: byPeople,
    description: 'Register a civil society organization; you become its first administrator.',
    fields: { organizationId: `An id you choose for it ${ID_RULE}.` },
  },
);

export const VerifyOrganization = defineCommand(
  'civic',
  'VerifyOrganization',
  z.object({ ...organizationId, note: text(ORGANIZATION_LIMITS.note) }).strict(),
  {
    access: bySecretariat,
    description: 'Verify a registered organization, saying what was checked (the secretariat, admins).',
    fields: {
      note: 'What was checked, e.g. its registration as a non-profit; up to 2,000 characters, shown to everyone.',
    },
  },
);

export const RevokeOrganizationVerification = defineCommand(
  'civic',
  'RevokeOrganizationVerification',
  z.object({ ...organizationId, reason: text(ORGANIZATION_LIMITS.reason) }).strict(),
  {
    access: bySecretariat,
    description: "Revoke an organization's verification, saying why (the secretariat, admins).",
    fields: { reason: 'Why it is revoked, up to 2,000 characters, shown to everyone.' },
  },
);

export const RenameOrganization = defineCommand(
  'civic',
  'RenameOrganization',
  z.object({ ...organizationId, name: text(ORGANIZATION_LIMITS.name) }).strict(),
  {
    access: byPeople,
    description: 'Rename an organization you administer; what it said under its old name stays said.',
    fields: { name: 'Its new name, up to 200 characters.' },
  },
);

export const JoinOrganization = defineCommand(
  'civic',
  'JoinOrganization',
  z.object({ ...organizationId, memberId: identifier, role: z.enum(['cso_admin', 'cso_member']) }).strict(),
  {
    access: byPeople,
    description:
      'Add someone to an organization you administer. To join one yourself, request membership instead.',
    fields: { memberId: 'Who joins (subject id).' },
  },
);

export const LeaveOrganization = defineCommand(
  'civic',
  'LeaveOrganization',
  z.object({ ...organizationId, memberId: identifier }).strict(),
  { access: byPeople, description: 'Remove a member from an organization.' },
);

export const RequestMembership = defineCommand(
  'civic',
  'RequestMembership',
  z.object(organizationId).strict(),
  {
    access: byPeople,
    description: 'Ask to join an organization; one of its administrators approves or declines.',
  },
);

export const ApproveMembership = defineCommand(
  'civic',
  'ApproveMembership',
  z.object({ ...organizationId, requesterId: identifier }).strict(),
  {
    access: byPeople,
    description: 'Approve a request to join an organization you administer: the requester becomes a member.',
  },
);

export const DeclineMembership = defineCommand(
  'civic',
  'DeclineMembership',
  z.object({ ...organizationId, requesterId: identifier, reason: text(ORGANIZATION_LIMITS.reason) }).strict(),
  {
    access: byPeople,
    description: 'Decline a request to join an organization you administer, saying why.',
    fields: { reason: 'Why the request is declined, up to 2,000 characters; the requester reads it.' },
  },
);

export const WithdrawMembershipRequest = defineCommand(
  'civic',
  'WithdrawMembershipRequest',
  z.object(organizationId).strict(),
  {
    access: byPeople,
    description: 'Withdraw your request to join an organization while it awaits an answer.',
  },
);

export const organizationAggregate = defineAggregate({
  context: 'civic',
  name: 'organization',
  decider: organizationDecider,
  streamId: ({ organizationId }) => `organization-${organizationId}`,
  commands: [
    RegisterOrganization,
    VerifyOrganization,
    RevokeOrganizationVerification,
    RenameOrganization,
    JoinOrganization,
    LeaveOrganization,
    RequestMembership,
    ApproveMembership,
    DeclineMembership,
    WithdrawMembershipRequest,
  ],
});
