import type { Role } from '../session/session';

/** Who may draft, support and rate proposals: citizens and civil society (COMMAND_POLICY in libs/identity). */
export const PROPOSERS: Role[] = ['citizen', 'cso_member', 'cso_admin'];
