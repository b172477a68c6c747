import { unreachable } from '@hyeopchi/domain-kernel';
import { MemberRole, OrganizationEvent } from './events';

export type Organization =
  | { status: 'unregistered' }
  | {
      status: 'registered' | 'verified';
      id: string;
      name: string;
      members: Readonly<Record<string, MemberRole>>;
    };

export const initialOrganization: Organization = { status: 'unregistered' };

export function evolveOrganization(state: Organization, event: OrganizationEvent): Organization {
  switch (event.type) {
    case 'organization.registered.v1':
      return { status: 'registered', id: event.data.organizationId, name: event.data.name, members: {} };
    case 'organization.verified.v1':
      return state.status === 'unregistered' ? state : { ...state, status: 'verified' };
    case 'organization.member_joined.v1':
      return state.status === 'unregistered'
        ? state
        : { ...state, members: { ...state.members, [event.data.memberId]: event.data.role } };
    case 'organization.member_left.v1': {
      if (state.status === 'unregistered') return state;
      const { [event.data.memberId]: _left, ...members } = state.members;
      return { ...state, members };
    }
    default:
      return unreachable(event);
  }
}
