import { OrganizationCommand, OrganizationEvent, organizationDecider } from '@hyeopchi/civic/domain';
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
const note = 'registered as a non-profit with the Seoul Metropolitan Government (2024-117)';
const verify = (checked = note): OrganizationCommand => ({
  type: 'VerifyOrganization',
  data: { organizationId: 'org-1', note: checked },
  metadata: by('secretariat-1'),
});
const verified: OrganizationEvent = {
  type: 'organization.verified.v2',
  data: { organizationId: 'org-1', note, verifiedBy: 'secretariat-1', verifiedAt: at },
};
const revoke = (reason: string): OrganizationCommand => ({
  type: 'RevokeOrganizationVerification',
  data: { organizationId: 'org-1', reason },
  metadata: by('secretariat-1'),
});
const revoked: OrganizationEvent = {
  type: 'organization.verification_revoked.v1',
  data: {
    organizationId: 'org-1',
    reason: 'its non-profit registration lapsed',
    revokedBy: 'secretariat-1',
    revokedAt: at,
  },
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
    ['a blank name', { name: '  ', district: 'Mapo-gu' }, 'INVALID_ORGANIZATION'],
    ['a name over 200 characters', { name: 'x'.repeat(201), district: 'Mapo-gu' }, 'INVALID_ORGANIZATION'],
    ['no district', { name: 'Mapo network', district: '' }, 'UNKNOWN_DISTRICT'],
    ['a district outside the directory', { name: 'Mapo network', district: 'Mapo' }, 'UNKNOWN_DISTRICT'],
  ])('is not registered with %s', (_case, names, code) =>
    given()
      .when({
        type: 'RegisterOrganization',
        data: { organizationId: 'org-1', ...names },
        metadata: by('kim'),
      })
      .thenRefuses(code),
  );

  it('is registered only once', () =>
    given(registered, founderJoined)
      .when({
        type: 'RegisterOrganization',
        data: { organizationId: 'org-1', name: 'again', district: 'Jung-gu' },
        metadata: by('lee'),
      })
      .thenRefuses('ORGANIZATION_EXISTS'));

  describe('verification by the secretariat', () => {
    it('records what was checked', () =>
      given(registered, founderJoined)
        .when(verify(`  ${note} `))
        .then(verified));

    it('needs a note of 1 to 2,000 characters', () => {
      given(registered, founderJoined).when(verify('  ')).thenRefuses('VERIFICATION_NOTE_REQUIRED');
      given(registered, founderJoined)
        .when(verify('x'.repeat(2_001)))
        .thenRefuses('VERIFICATION_NOTE_REQUIRED');
    });

    it('verifies once', () =>
      given(registered, founderJoined, verified).when(verify()).thenRefuses('ORGANIZATION_ALREADY_VERIFIED'));

    it('counts a verification written before notes as one', () =>
      given(registered, founderJoined, {
        type: 'organization.verified.v1',
        data: { organizationId: 'org-1', verifiedBy: 'admin-1', verifiedAt: at },
      })
        .when(verify())
        .thenRefuses('ORGANIZATION_ALREADY_VERIFIED'));

    it('is revoked with a reason', () =>
      given(registered, founderJoined, verified)
        .when(revoke(' its non-profit registration lapsed '))
        .then(revoked));

    it('is not revoked without a reason', () => {
      given(registered, founderJoined, verified).when(revoke(' ')).thenRefuses('REASON_REQUIRED');
      given(registered, founderJoined, verified)
        .when(revoke('x'.repeat(2_001)))
        .thenRefuses('REASON_REQUIRED');
    });

    it('revokes only a verification in force', () => {
      given(registered, founderJoined).when(revoke('why')).thenRefuses('ORGANIZATION_NOT_VERIFIED');
      given(registered, founderJoined, verified, revoked)
        .when(revoke('again'))
        .thenRefuses('ORGANIZATION_NOT_VERIFIED');
      given().when(revoke('why')).thenRefuses('ORGANIZATION_NOT_FOUND');
    });

    it('verifies again after a revocation', () =>
      given(registered, founderJoined, verified, revoked).when(verify()).then(verified));
  });

  describe('a new name', () => {
    const rename = (name: string, actor = 'kim'): OrganizationCommand => ({
      type: 'RenameOrganization',
      data: { organizationId: 'org-1', name },
      metadata: by(actor),
    });
    const renamed = (name: string): OrganizationEvent => ({
      type: 'organization.renamed.v1',
      data: { organizationId: 'org-1', name, renamedBy: 'kim', renamedAt: at },
    });

    it('is given by an administrator, trimmed', () =>
      given(registered, founderJoined)
        .when(rename('  마포 기후 네트워크 '))
        .then(renamed('마포 기후 네트워크')));

    it('is given by administrators only, to a registered organization', () => {
      given(registered, founderJoined, leeJoined)
        .when(rename('new', 'lee'))
        .thenRefuses('NOT_ORGANIZATION_ADMIN');
      given().when(rename('new')).thenRefuses('ORGANIZATION_NOT_FOUND');
    });

    it('has 1 to 200 characters', () => {
      given(registered, founderJoined).when(rename('   ')).thenRefuses('INVALID_ORGANIZATION');
      given(registered, founderJoined)
        .when(rename('가'.repeat(201)))
        .thenRefuses('INVALID_ORGANIZATION');
    });

    it('changes nothing when it is the name it has', () =>
      given(registered, founderJoined, renamed('새 이름')).when(rename('새 이름')).then());
  });

  it('cannot be verified or joined before it is registered', () => {
    given().when(verify()).thenRefuses('ORGANIZATION_NOT_FOUND');
    given().when(join('lee')).thenRefuses('ORGANIZATION_NOT_FOUND');
  });

  it('takes a member with a role, once', () => {
    given(registered, founderJoined).when(join('lee')).then(leeJoined);
    given(registered, founderJoined, leeJoined).when(join('lee')).thenRefuses('ALREADY_MEMBER');
  });

  it('is joined only by an administrator adding someone: nobody joins on their own word', () => {
    const self = (memberId: string, role: 'cso_admin' | 'cso_member'): OrganizationCommand => ({
      ...join(memberId, role),
      metadata: by(memberId),
    });
    given(registered, founderJoined).when(self('lee', 'cso_member')).thenRefuses('NOT_ORGANIZATION_ADMIN');
    given(registered, founderJoined).when(self('mallory', 'cso_admin')).thenRefuses('NOT_ORGANIZATION_ADMIN');
    given(registered, founderJoined, leeJoined)
      .when({ ...join('park'), metadata: by('lee') })
      .thenRefuses('NOT_ORGANIZATION_ADMIN');
    given(registered, founderJoined).when(join('park', 'cso_admin')).then(joined('park', 'cso_admin'));
    given(registered, founderJoined, leeJoined)
      .when({ ...leave('kim'), metadata: by('lee') })
      .thenRefuses('NOT_ORGANIZATION_ADMIN');
  });

  describe('a request to join', () => {
    const request = (requesterId: string): OrganizationCommand => ({
      type: 'RequestMembership',
      data: { organizationId: 'org-1' },
      metadata: by(requesterId),
    });
    const approve = (requesterId: string, actor = 'kim'): OrganizationCommand => ({
      type: 'ApproveMembership',
      data: { organizationId: 'org-1', requesterId },
      metadata: by(actor),
    });
    const decline = (requesterId: string, reason: string, actor = 'kim'): OrganizationCommand => ({
      type: 'DeclineMembership',
      data: { organizationId: 'org-1', requesterId, reason },
      metadata: by(actor),
    });
    const withdraw = (requesterId: string): OrganizationCommand => ({
      type: 'WithdrawMembershipRequest',
      data: { organizationId: 'org-1' },
      metadata: by(requesterId),
    });
    const parkRequested: OrganizationEvent = {
      type: 'organization.membership_requested.v1',
      data: { organizationId: 'org-1', requesterId: 'park', requestedAt: at },
    };
    const declined: OrganizationEvent = {
      type: 'organization.membership_declined.v1',
      data: {
        organizationId: 'org-1',
        requesterId: 'park',
        reason: 'We work in Mapo-gu only',
        declinedBy: 'kim',
        declinedAt: at,
      },
    };
    const withdrawn: OrganizationEvent = {
      type: 'organization.membership_request_withdrawn.v1',
      data: { organizationId: 'org-1', requesterId: 'park', withdrawnAt: at },
    };

    it('is made by the requester, once while it awaits an answer, and not by a member', () => {
      given(registered, founderJoined).when(request('park')).then(parkRequested);
      given(registered, founderJoined, parkRequested)
        .when(request('park'))
        .thenRefuses('MEMBERSHIP_ALREADY_REQUESTED');
      given(registered, founderJoined, leeJoined).when(request('lee')).thenRefuses('ALREADY_MEMBER');
      given().when(request('park')).thenRefuses('ORGANIZATION_NOT_FOUND');
    });

    it('is approved by an administrator: the requester joins as a member', () => {
      given(registered, founderJoined, parkRequested)
        .when(approve('park'))
        .then(
          {
            type: 'organization.membership_approved.v1',
            data: { organizationId: 'org-1', requesterId: 'park', approvedBy: 'kim', approvedAt: at },
          },
          joined('park'),
        );
    });

    it('is declined by an administrator, with a reason', () => {
      given(registered, founderJoined, parkRequested)
        .when(decline('park', '  We work in Mapo-gu only '))
        .then(declined);
      given(registered, founderJoined, parkRequested)
        .when(decline('park', '   '))
        .thenRefuses('REASON_REQUIRED');
    });

    it('is answered by administrators only, and never by the requester', () => {
      for (const answer of [approve('park', 'lee'), decline('park', 'no', 'lee'), approve('park', 'park')]) {
        given(registered, founderJoined, leeJoined, parkRequested)
          .when(answer)
          .thenRefuses('NOT_ORGANIZATION_ADMIN');
      }
    });

    it('is answered once: nothing awaits after an approval, a decline or a withdrawal', () => {
      given(registered, founderJoined).when(approve('park')).thenRefuses('NO_MEMBERSHIP_REQUEST');
      given(registered, founderJoined, parkRequested, declined)
        .when(approve('park'))
        .thenRefuses('NO_MEMBERSHIP_REQUEST');
      given(registered, founderJoined, parkRequested, withdrawn)
        .when(decline('park', 'late'))
        .thenRefuses('NO_MEMBERSHIP_REQUEST');
      // an administrator adding the requester directly answers the request too
      given(registered, founderJoined, parkRequested, joined('park'))
        .when(approve('park'))
        .thenRefuses('NO_MEMBERSHIP_REQUEST');
    });

    it('is withdrawn by the requester while it awaits an answer, and may be made again', () => {
      given(registered, founderJoined, parkRequested).when(withdraw('park')).then(withdrawn);
      given(registered, founderJoined).when(withdraw('park')).thenRefuses('NO_MEMBERSHIP_REQUEST');
      given(registered, founderJoined, parkRequested, declined).when(request('park')).then(parkRequested);
    });
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
