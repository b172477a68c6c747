import { DomainEvent } from '@hyeopchi/domain-kernel';

export type MemberRole = 'cso_admin' | 'cso_member';

export type OrganizationRegistered = DomainEvent<
  'organization.registered.v1',
  { organizationId: string; name: string; district: string; registeredBy: string; registeredAt: string }
>;
/** Written before a verification said what was checked: it replays as a verification with no note. */
export type OrganizationVerifiedWithoutNote = DomainEvent<
  'organization.verified.v1',
  { organizationId: string; verifiedBy: string; verifiedAt: string }
>;
/** The secretariat vouches for the organization, saying what it checked (its registration as a non-profit, …). */
export type OrganizationVerified = DomainEvent<
  'organization.verified.v2',
  { organizationId: string; note: string; verifiedBy: string; verifiedAt: string }
>;
/** The secretariat no longer vouches for it, and says why; it may verify it again later. */
export type OrganizationVerificationRevoked = DomainEvent<
  'organization.verification_revoked.v1',
  { organizationId: string; reason: string; revokedBy: string; revokedAt: string }
>;
/** The organization's name from now on; what was said under the old name stays said under it. */
export type OrganizationRenamed = DomainEvent<
  'organization.renamed.v1',
  { organizationId: string; name: string; renamedBy: string; renamedAt: string }
>;
export type MemberJoined = DomainEvent<
  'organization.member_joined.v1',
  { organizationId: string; memberId: string; role: MemberRole; joinedAt: string }
>;
export type MemberLeft = DomainEvent<
  'organization.member_left.v1',
  { organizationId: string; memberId: string; leftAt: string }
>;
export type MembershipRequested = DomainEvent<
  'organization.membership_requested.v1',
  { organizationId: string; requesterId: string; requestedAt: string }
>;
/** Always followed by the requester's `organization.member_joined.v1`, which is what makes them a member. */
export type MembershipApproved = DomainEvent<
  'organization.membership_approved.v1',
  { organizationId: string; requesterId: string; approvedBy: string; approvedAt: string }
>;
export type MembershipDeclined = DomainEvent<
  'organization.membership_declined.v1',
  { organizationId: string; requesterId: string; reason: string; declinedBy: string; declinedAt: string }
>;
export type MembershipRequestWithdrawn = DomainEvent<
  'organization.membership_request_withdrawn.v1',
  { organizationId: string; requesterId: string; withdrawnAt: string }
>;

export type OrganizationEvent =
  | OrganizationRegistered
  | OrganizationVerifiedWithoutNote
  | OrganizationVerified
  | OrganizationVerificationRevoked
  | OrganizationRenamed
  | MemberJoined
  | MemberLeft
  | MembershipRequested
  | MembershipApproved
  | MembershipDeclined
  | MembershipRequestWithdrawn;
