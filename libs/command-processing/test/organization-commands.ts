import { OrganizationCommand } from '@hyeopchi/civic/domain';
import { randomUUID } from 'node:crypto';

/** The commands and options the handleCommand specs send, on the real store and on the in-memory one. */
export const now = new Date('2026-11-27T09:00:00Z');
export const ids = { next: () => randomUUID() };

export const metadataOf = (commandId: string) => ({
  actor: 'kim',
  role: 'cso_admin',
  correlationId: 'corr-1',
  causationId: commandId,
  commandId,
});
/** Options of a new command each time: a repeated command id is a retry. */
export const options = () => ({ ids, metadata: metadataOf(randomUUID()) });

export const register: OrganizationCommand = {
  type: 'RegisterOrganization',
  data: { organizationId: 'org-1', name: '마포 시민 네트워크', district: 'Mapo-gu' },
  metadata: { now, actor: 'kim' },
};
export const join = (memberId: string): OrganizationCommand => ({
  type: 'JoinOrganization',
  data: { organizationId: 'org-1', memberId, role: 'cso_member' },
  metadata: { now, actor: 'kim' },
});
