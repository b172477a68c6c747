import { Identity } from './identity';
import { Role } from './roles';

/**
 * What the platform knows that the command and the token do not say: an implementation's department, and the
 * organizations the caller belongs to (from the organizations' own records). The caller looks it up.
 */
export interface CommandSubject {
  department?: string;
  organizations?: string[];
  /** The caller's seat on the committee: null when they hold none now (the token may say otherwise). */
  committeeSeat?: { sector: string } | null;
}

/** Why the caller may not send this command with this data, or null when they may. */
export type AccessCheck = (
  identity: Identity,
  data: Record<string, unknown>,
  subject: CommandSubject,
) => string | null;

/**
 * Who may send a command from outside (the gateway): one of the roles, and the check when there is one. Rules of
 * the domain (only the author edits, one vote per member) stay in the deciders.
 */
export interface AccessRule {
  roles: readonly Role[];
  check?: AccessCheck;
}

export type PolicyDecision = { allowed: true } | { allowed: false; reason: string };

/** Citizens and civil society: who drafts, supports and rates proposals. */
export const PEOPLE: readonly Role[] = ['citizen', 'cso_member', 'cso_admin'];
export const OFFICERS: readonly Role[] = ['department_officer', 'department_head'];

/**
 * Whether `identity` may send the command `type` under `access` (none: the platform alone sends it, process
 * managers and scheduled tasks); the reason, in words, when not.
 */
export function mayCommand(
  identity: Identity,
  command: { type: string; access: AccessRule | undefined; data: Record<string, unknown> },
  subject: CommandSubject = {},
): PolicyDecision {
  const { type, access, data } = command;
  if (!access) return { allowed: false, reason: `${type} is sent by the platform itself, not by people` };
  if (!identity.roles.some((role) => access.roles.includes(role))) {
    return { allowed: false, reason: `${type} needs one of the roles ${access.roles.join(', ')}` };
  }
  const refused = access.check?.(identity, data, subject);
  return refused ? { allowed: false, reason: refused } : { allowed: true };
}
