import type { Translator } from '../forms/translator';
import type { PublicPerson } from '../people/public-name';

/** A step of a proposal's journey as the API gives it. */
export interface JourneyStep {
  step: string;
  /** Who did it, as anyone may see them; null when the platform did. */
  person: PublicPerson | null;
  role: string | null;
  department: string | null;
  detail: string | null;
}

/** Steps whose detail is a code with words of its own (an outcome, a tier); other details are shown as given. */
const CODED_DETAIL: Readonly<Record<string, string>> = {
  'proposal.tier_reached': 'proposal.tiers',
  'review.answered': 'proposal.outcomes',
  'session.decision_recorded': 'proposal.decisions',
  'feedback.opened': 'proposal.feedbackTargets',
};

/** Steps whose detail is a space's id: whose committee referred it up, or the district it was delegated to. */
export const detailNamesSpace = (step: string): boolean =>
  step === 'proposal.referred' || step === 'proposal.delegated';

/** What happened, in a sentence; a step this version does not know still says its name. */
export function stepText({ t, exists }: Translator, step: JourneyStep): string {
  const key = `proposal.timeline.steps.${step.step}`;
  if (!exists(key)) return t('proposal.timeline.steps.other', { step: step.step });
  const codes = CODED_DETAIL[step.step];
  const detail = codes && step.detail ? t(`${codes}.${step.detail}`) : (step.detail ?? '');
  return t(key, { department: step.department ?? '', detail });
}

/**
 * Who did it: a person by their public name with the role they acted in, by that role alone when they chose no
 * name (never by their account id), or the platform acting on its own.
 */
export function actorText({ t, exists }: Translator, step: JourneyStep): string | null {
  if (step.role === 'system') return t('proposal.timeline.platform');
  if (!step.person) return null;
  const role = step.role && exists(`session.roles.${step.role}`) ? t(`session.roles.${step.role}`) : null;
  const name = step.person.displayName;
  if (!name) return role ?? t(`people.nameless.${step.person.role}`);
  return role ? `${name} (${role})` : name;
}
