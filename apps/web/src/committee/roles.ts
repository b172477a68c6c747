import type { Role } from '../session/session';

/** Who works with committee sessions; admins may look. */
export const COMMITTEE_ROLES: Role[] = ['committee_member', 'committee_chair', 'secretariat', 'admin'];
/** Who runs sessions: schedules them, sets agendas, records attendance, publishes minutes. */
export const SESSION_RUNNERS: Role[] = ['committee_chair', 'secretariat'];
/** Who sits on the committee: declares conflicts, moves motions, votes. */
export const SEATED: Role[] = ['committee_member', 'committee_chair'];
