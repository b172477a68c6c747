import type { TFunction } from 'i18next';
import type { Blocker } from './eligibility';

/** The codes whose words this screen has (committee.reasons.*): the session's rules, and the gate's. */
const WORDED = new Set<string>([
  'NOT_ON_ROSTER',
  'NOT_CHAIR',
  'SESSION_CLOSED',
  'SESSION_EXISTS',
  'INVALID_SESSION',
  'QUORUM_NOT_MET',
  'MEMBER_NOT_PRESENT',
  'MEMBER_RECUSED',
  'ALREADY_RECUSED',
  'ALREADY_VOTED',
  'DECISION_SEALED',
  'MAJORITY_NOT_REACHED',
  'INVALID_DECISION',
  'UNKNOWN_MOTION',
  'AGENDA_ITEM_EXISTS',
  'NOT_ON_DOCKET',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INVALID_COMMAND',
]);

/** A refused command in words: what the rule is in the reader's language, and the API's own detail. */
export function refusalText(t: TFunction, { code, message }: { code: string; message: string }): string {
  return WORDED.has(code)
    ? t('committee.refused', { reason: t(`committee.reasons.${code}`), message })
    : t('committee.refusedOther', { message });
}

/** Why an action is disabled, in words; a missing quorum says how many are present of how many required. */
export function blockerText(
  t: TFunction,
  blocker: Blocker | string,
  { present, quorum }: { present: number; quorum: number },
): string {
  const reason = t(`committee.reasons.${blocker}`);
  return blocker === 'QUORUM_NOT_MET'
    ? t('committee.cannotQuorum', { reason, count: present, quorum })
    : t('committee.cannot', { reason });
}
