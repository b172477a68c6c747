import { problemsOf } from '../forms/text-problem';

/** The tiers a proposal climbs, in order, each with what it counts (the civic domain's rule). */
export const TIERS = [
  { tier: 'department_answer', measure: 'supports', required: true },
  { tier: 'public_forum', measure: 'supports', required: false },
  { tier: 'mayor_answer', measure: 'forum_participants', required: false },
] as const;

export type TierName = (typeof TIERS)[number]['tier'];
export type PolicyField = 'supportWindowDays' | TierName;
/** The form's fields as typed: a tier left empty is not in the policy. */
export type PolicyDraft = Record<PolicyField, string>;

const WHOLE = /^\d+$/;

function countProblem(value: string, required: boolean): string | null {
  if (value === '') return required ? 'required' : null;
  return WHOLE.test(value) && Number(value) >= 1 ? null : 'whole';
}

/** What is wrong with a draft policy, by field, before the platform is asked (it checks the same rules). */
export function policyProblems(draft: PolicyDraft) {
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
  });
}

/** The command's input: the tiers filled in, in the order they are climbed. */
export function policyInput(draft: PolicyDraft) {
  return {
    supportWindowDays: Number(draft.supportWindowDays),
    tiers: TIERS.filter(({ tier }) => draft[tier] !== '').map(({ tier, measure }) => ({
      tier,
      measure,
      threshold: Number(draft[tier]),
    })),
  };
}
