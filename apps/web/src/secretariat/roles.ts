import type { Role } from '../session/session';

/** Who keeps the committee's desk: the secretariat, and admins, whom the same commands accept. */
export const SECRETARIAT: Role[] = ['secretariat', 'admin'];
