import type { Role } from '../session/session';

/** Who may draft, support and rate proposals: citizens and civil society (`PEOPLE` in the civic contracts' access). */
export const PROPOSERS: Role[] = ['citizen', 'cso_member', 'cso_admin'];
