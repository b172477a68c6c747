import { problemsOf } from '../forms/text-problem';

/** The tiers a proposal climbs, in order, each with what it counts (the civic domain's rule). */
export const TIERS = [
  { tier: 'department_answer', measure: 'supports', required: true },
  { tier: 'public_forum', measure: 'supports', required: false },
  { tier: 'mayor_answer', measure: 'forum_participants', required: false },
] as const;

export type TierName = (typeof TIERS)[number]['tier'];
export type PolicyField = 'supportWindowDays' | TierName | 'takesEffectOn';
/** The form's fields as typed: a tier left empty is not in the policy; the day as a date input gives it. */
export type PolicyDraft = Record<PolicyField, string>;

const WHOLE = /^\d+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day it may take effect: today in Seoul (`today`, YYYY-MM-DD) or later, as the platform checks. */
function dayProblem(day: string, today: string): string | null {
  if (day === '') return 'required';
  if (!DAY.test(day) || Number.isNaN(Date.parse(day))) return 'day';
  return day < today ? 'past' : null;
}

function countProblem(value: string, required: boolean): string | null {
  if (value === '') return required ? 'required' : null;
  return WHOLE.test(value) && Number(value) >= 1 ? null : 'whole';
}

/**
 * What is wrong with a draft policy, by field, before the platform is asked (it checks the same rules); `today` is
 * the day in Seoul.
 */
export function policyProblems(draft: PolicyDraft, today: string) {
  const days = draft.supportWindowDays;
  const forumTooLow =
    countProblem(draft.public_forum, false) === null &&
    draft.public_forum !== '' &&
    WHOLE.test(draft.department_answer) &&
    Number(draft.public_forum) <= Number(draft.department_answer);
  return problemsOf<PolicyField>({
    supportWindowDays:
      days === '' ? 'required' : WHOLE.test(days) && +days >= 1 && +days <= 365 ? null : 'range',
    department_answer: countProblem(draft.department_answer, true),
    public_forum: forumTooLow ? 'notAbove' : countProblem(draft.public_forum, false),
    mayor_answer: countProblem(draft.mayor_answer, false),
    takesEffectOn: dayProblem(draft.takesEffectOn, today),
  });
}

/** The command's input: the tiers filled in, in the order they are climbed, from the day it takes effect. */
export function policyInput(draft: PolicyDraft) {
  return {
    supportWindowDays: Number(draft.supportWindowDays),
    takesEffectOn: draft.takesEffectOn,
    tiers: TIERS.filter(({ tier }) => draft[tier] !== '').map(({ tier, measure }) => ({
      tier,
      measure,
      threshold: Number(draft[tier]),
    })),
  };
}
