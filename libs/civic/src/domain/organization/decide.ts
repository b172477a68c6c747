import {
  CommandMetadata,
  Decider,
  DomainError,
  boundedText,
  entryOf,
  unreachable,
} from '@hyeopchi/domain-kernel';
import { knownDistrict } from '../district/districts';
import { MemberRole, OrganizationEvent } from './events';
import { ORGANIZATION_LIMITS } from './limits';
import { OrganizationState, evolveOrganization, initialOrganization } from './state';

export type OrganizationCommand =
  | {
      type: 'RegisterOrganization';
      data: { organizationId: string; name: string; district: string };
      metadata: CommandMetadata;
    }
  | { type: 'VerifyOrganization'; data: { organizationId: string; note: string }; metadata: CommandMetadata }
  | {
      type: 'RevokeOrganizationVerification';
      data: { organizationId: string; reason: string };
      metadata: CommandMetadata;
    }
  | { type: 'RenameOrganization'; data: { organizationId: string; name: string }; metadata: CommandMetadata }
  | {
      type: 'JoinOrganization';
      data: { organizationId: string; memberId: string; role: MemberRole };
      metadata: CommandMetadata;
    }
  | {
      type: 'LeaveOrganization';
      data: { organizationId: string; memberId: string };
      metadata: CommandMetadata;
    }
  | { type: 'RequestMembership'; data: { organizationId: string }; metadata: CommandMetadata }
  | {
      type: 'ApproveMembership';
      data: { organizationId: string; requesterId: string };
      metadata: CommandMetadata;
    }
  | {
      type: 'DeclineMembership';
      data: { organizationId: string; requesterId: string; reason: string };
      metadata: CommandMetadata;
    }
  | { type: 'WithdrawMembershipRequest'; data: { organizationId: string }; metadata: CommandMetadata };

export type OrganizationErrorCode =
  | 'ORGANIZATION_EXISTS'
  | 'INVALID_ORGANIZATION'
  | 'ORGANIZATION_NOT_FOUND'
  | 'ORGANIZATION_ALREADY_VERIFIED'
  | 'ORGANIZATION_NOT_VERIFIED'
  | 'VERIFICATION_NOTE_REQUIRED'
  | 'ALREADY_MEMBER'
  | 'NOT_ORGANIZATION_ADMIN'
  | 'NOT_A_MEMBER'
  | 'LAST_ADMIN_CANNOT_LEAVE'
  | 'MEMBERSHIP_ALREADY_REQUESTED'
  | 'NO_MEMBERSHIP_REQUEST'
  | 'REASON_REQUIRED'
  | 'UNKNOWN_DISTRICT';

const refuse = (code: OrganizationErrorCode, message: string) => new DomainError(code, message);

export function decideOrganization(
  command: OrganizationCommand,
  state: OrganizationState,
): OrganizationEvent[] {
  const at = command.metadata.now.toISOString();
  if (command.type === 'RegisterOrganization') {
    if (state.status !== 'unregistered')
      throw refuse('ORGANIZATION_EXISTS', `${state.name} is already registered`);
    const { organizationId } = command.data;
    const name = boundedText(command.data.name, ORGANIZATION_LIMITS.name);
    if (name === null) {
      throw refuse('INVALID_ORGANIZATION', 'an organization needs a name of 1 to 200 characters');
    }
    const district = knownDistrict(command.data.district);
    const registeredBy = command.metadata.actor;
    return [
      {
        type: 'organization.registered.v1',
        data: { organizationId, name, district, registeredBy, registeredAt: at },
      },
      // whoever registers an organization administers it until they hand that over
      {
        type: 'organization.member_joined.v1',
        data: { organizationId, memberId: registeredBy, role: 'cso_admin', joinedAt: at },
      },
    ];
  }
  if (state.status === 'unregistered') {
    throw refuse('ORGANIZATION_NOT_FOUND', `organization ${command.data.organizationId} is not registered`);
  }
  const { organizationId } = command.data;
  switch (command.type) {
    case 'VerifyOrganization': {
      if (state.status === 'verified')
        throw refuse('ORGANIZATION_ALREADY_VERIFIED', `${state.name} is verified already`);
      const note = boundedText(command.data.note, ORGANIZATION_LIMITS.note);
      if (note === null) {
        throw refuse(
          'VERIFICATION_NOTE_REQUIRED',
          `say what was checked to verify ${state.name} (up to 2,000 characters)`,
        );
      }
      return [
        {
          type: 'organization.verified.v2',
          data: { organizationId, note, verifiedBy: command.metadata.actor, verifiedAt: at },
        },
      ];
    }
    case 'RevokeOrganizationVerification': {
      if (state.status !== 'verified')
        throw refuse(
          'ORGANIZATION_NOT_VERIFIED',
          `${state.name} is not verified: there is nothing to revoke`,
        );
      const reason = boundedText(command.data.reason, ORGANIZATION_LIMITS.reason);
      if (reason === null)
        throw refuse('REASON_REQUIRED', 'say why the verification is revoked (up to 2,000 characters)');
      return [
        {
          type: 'organization.verification_revoked.v1',
          data: { organizationId, reason, revokedBy: command.metadata.actor, revokedAt: at },
        },
      ];
    }
    case 'RenameOrganization': {
      const renamedBy = command.metadata.actor;
      byAdministrator(state, renamedBy, 'renames it');
      const name = boundedText(command.data.name, ORGANIZATION_LIMITS.name);
      if (name === null) {
        throw refuse(
          'INVALID_ORGANIZATION',
          `an organization's name has 1 to ${ORGANIZATION_LIMITS.name} characters`,
        );
      }
      if (name === state.name) return [];
      return [{ type: 'organization.renamed.v1', data: { organizationId, name, renamedBy, renamedAt: at } }];
    }
    case 'JoinOrganization': {
      const { memberId, role } = command.data;
      const actor = command.metadata.actor;
      if (entryOf(state.members, memberId))
        throw refuse('ALREADY_MEMBER', `${memberId} is already a member of ${state.name}`);
      // joining on one's own word would let anyone act in the organization's name: others ask, an administrator adds
      byAdministrator(state, actor, 'adds members; to join it, request membership');
      return [
        { type: 'organization.member_joined.v1', data: { organizationId, memberId, role, joinedAt: at } },
      ];
    }
    case 'RequestMembership': {
      const requesterId = command.metadata.actor;
      if (entryOf(state.members, requesterId))
        throw refuse('ALREADY_MEMBER', `${requesterId} is already a member of ${state.name}`);
      if (state.pendingRequests.includes(requesterId)) {
        throw refuse(
          'MEMBERSHIP_ALREADY_REQUESTED',
          `${requesterId} already asked to join ${state.name}: an administrator has yet to answer`,
        );
      }
      return [
        {
          type: 'organization.membership_requested.v1',
          data: { organizationId, requesterId, requestedAt: at },
        },
      ];
    }
    case 'ApproveMembership': {
      const { requesterId } = command.data;
      const approvedBy = command.metadata.actor;
      byAdministrator(state, approvedBy, 'answers requests to join');
      pendingRequestOf(state, requesterId);
      return [
        {
          type: 'organization.membership_approved.v1',
          data: { organizationId, requesterId, approvedBy, approvedAt: at },
        },
        {
          type: 'organization.member_joined.v1',
          data: { organizationId, memberId: requesterId, role: 'cso_member', joinedAt: at },
        },
      ];
    }
    case 'DeclineMembership': {
      const { requesterId } = command.data;
      const declinedBy = command.metadata.actor;
      byAdministrator(state, declinedBy, 'answers requests to join');
      pendingRequestOf(state, requesterId);
      const reason = boundedText(command.data.reason, ORGANIZATION_LIMITS.reason);
      if (reason === null)
        throw refuse('REASON_REQUIRED', 'say why the request is declined (up to 2,000 characters)');
      return [
        {
          type: 'organization.membership_declined.v1',
          data: { organizationId, requesterId, reason, declinedBy, declinedAt: at },
        },
      ];
    }
    case 'WithdrawMembershipRequest': {
      const requesterId = command.metadata.actor;
      pendingRequestOf(state, requesterId);
      return [
        {
          type: 'organization.membership_request_withdrawn.v1',
          data: { organizationId, requesterId, withdrawnAt: at },
        },
      ];
    }
    case 'LeaveOrganization': {
      const { memberId } = command.data;
      const role = entryOf(state.members, memberId);
      if (!role) throw refuse('NOT_A_MEMBER', `${memberId} is not a member of ${state.name}`);
      const actor = command.metadata.actor;
      if (actor !== memberId && entryOf(state.members, actor) !== 'cso_admin') {
        throw refuse(
          'NOT_ORGANIZATION_ADMIN',
          `only ${memberId} or an administrator of ${state.name} removes them`,
        );
      }
      const admins = Object.values(state.members).filter((other) => other === 'cso_admin').length;
      if (role === 'cso_admin' && admins === 1) {
        throw refuse(
          'LAST_ADMIN_CANNOT_LEAVE',
          `${state.name} needs another administrator before ${memberId} leaves`,
        );
      }
      return [{ type: 'organization.member_left.v1', data: { organizationId, memberId, leftAt: at } }];
    }
    default:
      return unreachable(command);
  }
}

type RegisteredOrganization = Exclude<OrganizationState, { status: 'unregistered' }>;

function byAdministrator(state: RegisteredOrganization, actor: string, what: string): void {
  if (entryOf(state.members, actor) !== 'cso_admin')
    throw refuse('NOT_ORGANIZATION_ADMIN', `only an administrator of ${state.name} ${what}`);
}

function pendingRequestOf(state: RegisteredOrganization, requesterId: string): void {
  if (!state.pendingRequests.includes(requesterId)) {
    throw refuse(
      'NO_MEMBERSHIP_REQUEST',
      `${requesterId} has no request to join ${state.name} awaiting an answer`,
    );
  }
}

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = {
  initialState: initialOrganization,
  decide: decideOrganization,
  evolve: evolveOrganization,
};
