import {
  CommandMetadata,
  Decider,
  DomainError,
  boundedText,
  entryOf,
  unreachable,
} from '@hyeopchi/domain-kernel';
import { MemberRole, OrganizationEvent } from './events';
import { Organization, evolveOrganization, initialOrganization } from './state';

export type OrganizationCommand =
  | {
      type: 'RegisterOrganization';
      data: { organizationId: string; name: string; district: string };
      metadata: CommandMetadata;
    }
  | { type: 'VerifyOrganization'; data: { organizationId: string }; metadata: CommandMetadata }
  | {
      type: 'JoinOrganization';
      data: { organizationId: string; memberId: string; role: MemberRole };
      metadata: CommandMetadata;
    }
  | {
      type: 'LeaveOrganization';
      data: { organizationId: string; memberId: string };
      metadata: CommandMetadata;
    };

export type OrganizationErrorCode =
  | 'ORGANIZATION_EXISTS'
  | 'INVALID_ORGANIZATION'
  | 'ORGANIZATION_NOT_FOUND'
  | 'ORGANIZATION_ALREADY_VERIFIED'
  | 'ALREADY_MEMBER'
  | 'NOT_ORGANIZATION_ADMIN'
  | 'NOT_A_MEMBER'
  | 'LAST_ADMIN_CANNOT_LEAVE';

const refuse = (code: OrganizationErrorCode, message: string) => new DomainError(code, message);

export function decideOrganization(command: OrganizationCommand, state: Organization): OrganizationEvent[] {
  const at = command.metadata.now.toISOString();
  if (command.type === 'RegisterOrganization') {
    if (state.status !== 'unregistered')
      throw refuse('ORGANIZATION_EXISTS', `${state.name} is already registered`);
    const { organizationId } = command.data;
    const name = boundedText(command.data.name, 200);
    const district = boundedText(command.data.district, 100);
    if (name === null || district === null) {
      throw refuse(
        'INVALID_ORGANIZATION',
        'an organization needs a name (1 to 200 characters) and a district (1 to 100)',
      );
    }
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
    case 'VerifyOrganization':
      if (state.status === 'verified')
        throw refuse('ORGANIZATION_ALREADY_VERIFIED', `${state.name} is verified already`);
      return [
        {
          type: 'organization.verified.v1',
          data: { organizationId, verifiedBy: command.metadata.actor, verifiedAt: at },
        },
      ];
    case 'JoinOrganization': {
      const { memberId, role } = command.data;
      if (entryOf(state.members, memberId))
        throw refuse('ALREADY_MEMBER', `${memberId} is already a member of ${state.name}`);
      // anyone may join as a member; only an administrator adds someone else or grants administration
      const actor = command.metadata.actor;
      if ((actor !== memberId || role !== 'cso_member') && entryOf(state.members, actor) !== 'cso_admin') {
        throw refuse(
          'NOT_ORGANIZATION_ADMIN',
          `only an administrator of ${state.name} adds members or administrators`,
        );
      }
      return [
        { type: 'organization.member_joined.v1', data: { organizationId, memberId, role, joinedAt: at } },
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

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, Organization> = {
  initialState: initialOrganization,
  decide: decideOrganization,
  evolve: evolveOrganization,
};
