import { DomainEvent } from '@hyeopchi/domain-kernel';

export type MemberRole = 'cso_admin' | 'cso_member';

export type OrganizationRegistered = DomainEvent<
  'organization.registered.v1',
  { organizationId: string; name: string; district: string; registeredBy: string; registeredAt: string }
>;
export type OrganizationVerified = DomainEvent<
  'organization.verified.v1',
  { organizationId: string; verifiedBy: string; verifiedAt: string }
>;
export type MemberJoined = DomainEvent<
  'organization.member_joined.v1',
  { organizationId: string; memberId: string; role: MemberRole; joinedAt: string }
>;
export type MemberLeft = DomainEvent<
  'organization.member_left.v1',
  { organizationId: string; memberId: string; leftAt: string }
>;

export type OrganizationEvent = OrganizationRegistered | OrganizationVerified | MemberJoined | MemberLeft;
