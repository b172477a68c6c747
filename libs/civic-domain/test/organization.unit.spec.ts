import { OrganizationCommand, OrganizationEvent, organizationDecider } from '@hyeopchi/civic-domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(organizationDecider);
const now = new Date('2026-11-27T09:00:00Z');
const at = now.toISOString();
const by = (actor: string) => ({ now, actor });

const registered: OrganizationEvent = {
  type: 'organization.registered.v1',
  data: {
    organizationId: 'org-1',
    name: '마포 시민 네트워크',
    district: 'Mapo-gu',
    registeredBy: 'kim',
    registeredAt: at,
  },
};
const joined = (memberId: string, role: 'cso_admin' | 'cso_member' = 'cso_member'): OrganizationEvent => ({
  type: 'organization.member_joined.v1',
  data: { organizationId: 'org-1', memberId, role, joinedAt: at },
});
const founderJoined = joined('kim', 'cso_admin');
const leeJoined = joined('lee');
const join = (memberId: string, role: 'cso_admin' | 'cso_member' = 'cso_member'): OrganizationCommand => ({
  type: 'JoinOrganization',
  data: { organizationId: 'org-1', memberId, role },
  metadata: by('kim'),
});
const leave = (memberId: string): OrganizationCommand => ({
  type: 'LeaveOrganization',
  data: { organizationId: 'org-1', memberId },
  metadata: by(memberId),
});
const verify: OrganizationCommand = {
  type: 'VerifyOrganization',
  data: { organizationId: 'org-1' },
  metadata: by('admin-1'),
};

describe('organization', () => {
  it('is registered with its registrant as its first administrator', () =>
    given()
      .when({
        type: 'RegisterOrganization',
        data: { organizationId: 'org-1', name: '마포 시민 네트워크', district: 'Mapo-gu' },
        metadata: by('kim'),
      })
      .then(registered, founderJoined));

  it.each([
    ['a blank name', { name: '  ', district: 'Mapo-gu' }],
    ['no district', { name: 'Mapo network', district: '' }],
    ['a name over 200 characters', { name: 'x'.repeat(201), district: 'Mapo-gu' }],
  ])('is not registered with %s', (_case, names) =>
    given()
      .when({
        type: 'RegisterOrganization',
        data: { organizationId: 'org-1', ...names },
        metadata: by('kim'),
      })
      .thenRefuses('INVALID_ORGANIZATION'),
  );

  it('is registered only once', () =>
    given(registered, founderJoined)
      .when({
        type: 'RegisterOrganization',
        data: { organizationId: 'org-1', name: 'again', district: 'Jung-gu' },
        metadata: by('lee'),
      })
      .thenRefuses('ORGANIZATION_EXISTS'));

  it('is verified once', () => {
    given(registered, founderJoined)
      .when(verify)
      .then({
        type: 'organization.verified.v1',
        data: { organizationId: 'org-1', verifiedBy: 'admin-1', verifiedAt: at },
      });
    given(registered, founderJoined, {
      type: 'organization.verified.v1',
      data: { organizationId: 'org-1', verifiedBy: 'admin-1', verifiedAt: at },
    })
      .when(verify)
      .thenRefuses('ORGANIZATION_ALREADY_VERIFIED');
  });

  it('cannot be verified or joined before it is registered', () => {
    given().when(verify).thenRefuses('ORGANIZATION_NOT_FOUND');
    given().when(join('lee')).thenRefuses('ORGANIZATION_NOT_FOUND');
  });

  it('takes a member with a role, once', () => {
    given(registered, founderJoined).when(join('lee')).then(leeJoined);
    given(registered, founderJoined, leeJoined).when(join('lee')).thenRefuses('ALREADY_MEMBER');
  });

  it('lets anyone join as a member, and only an administrator add others or grant administration', () => {
    const self = (memberId: string, role: 'cso_admin' | 'cso_member'): OrganizationCommand => ({
      type: 'JoinOrganization',
      data: { organizationId: 'org-1', memberId, role },
      metadata: by(memberId),
    });
    given(registered, founderJoined).when(self('lee', 'cso_member')).then(leeJoined);
    given(registered, founderJoined).when(self('mallory', 'cso_admin')).thenRefuses('NOT_ORGANIZATION_ADMIN');
    given(registered, founderJoined, leeJoined)
      .when({ ...join('park'), metadata: by('lee') })
      .thenRefuses('NOT_ORGANIZATION_ADMIN');
    given(registered, founderJoined, leeJoined)
      .when({ ...leave('kim'), metadata: by('lee') })
      .thenRefuses('NOT_ORGANIZATION_ADMIN');
  });

  it('lets a member leave, and refuses one who is not a member', () => {
    given(registered, founderJoined, leeJoined)
      .when(leave('lee'))
      .then({
        type: 'organization.member_left.v1',
        data: { organizationId: 'org-1', memberId: 'lee', leftAt: at },
      });
    given(registered, founderJoined).when(leave('park')).thenRefuses('NOT_A_MEMBER');
  });

  it('keeps at least one administrator', () => {
    given(registered, founderJoined).when(leave('kim')).thenRefuses('LAST_ADMIN_CANNOT_LEAVE');
    const parkAdmin = joined('park', 'cso_admin');
    given(registered, founderJoined, parkAdmin)
      .when(leave('kim'))
      .then({
        type: 'organization.member_left.v1',
        data: { organizationId: 'org-1', memberId: 'kim', leftAt: at },
      });
  });
});
