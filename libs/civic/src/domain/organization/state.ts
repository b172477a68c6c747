import { unreachable } from '@hyeopchi/domain-kernel';
import { MemberRole, OrganizationEvent } from './events';

export type OrganizationState =
  | { status: 'unregistered' }
  | {
      status: 'registered' | 'verified';
      id: string;
      name: string;
      members: Readonly<Record<string, MemberRole>>;
      /** Who asked to join and awaits an administrator's answer. */
      pendingRequests: readonly string[];
    };

export const initialOrganization: OrganizationState = { status: 'unregistered' };

export function evolveOrganization(state: OrganizationState, event: OrganizationEvent): OrganizationState {
  if (state.status === 'unregistered') {
    return event.type === 'organization.registered.v1'
      ? {
          status: 'registered',
          id: event.data.organizationId,
          name: event.data.name,
          members: {},
          pendingRequests: [],
        }
      : state;
  }
  const settled = (requesterId: string) => state.pendingRequests.filter((pending) => pending !== requesterId);
  switch (event.type) {
    case 'organization.registered.v1':
      return state;
    case 'organization.verified.v1':
    case 'organization.verified.v2':
      return { ...state, status: 'verified' };
    case 'organization.verification_revoked.v1':
      return { ...state, status: 'registered' };
    case 'organization.renamed.v1':
      return { ...state, name: event.data.name };
    case 'organization.member_joined.v1':
      // an administrator may add someone directly who had asked to join: that answers their request too
      return {
        ...state,
        members: { ...state.members, [event.data.memberId]: event.data.role },
        pendingRequests: settled(event.data.memberId),
      };
    case 'organization.member_left.v1': {
      const { [event.data.memberId]: _left, ...members } = state.members;
      return { ...state, members };
    }
    case 'organization.membership_requested.v1':
      return { ...state, pendingRequests: [...state.pendingRequests, event.data.requesterId] };
    case 'organization.membership_approved.v1':
    case 'organization.membership_declined.v1':
    case 'organization.membership_request_withdrawn.v1':
      return { ...state, pendingRequests: settled(event.data.requesterId) };
    default:
      return unreachable(event);
  }
}
