import { Problems, problemsOf, textProblem } from '../forms/text-problem';

/** The outcomes AnswerReview takes, in the order the form offers them. */
export const OUTCOMES = ['accepted', 'partially_accepted', 'rejected', 'referred_to_committee'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the answer form holds; the cost as typed. */
export interface AnswerDraft {
  outcome: Outcome | '';
  reasons: string;
  estimatedCost: string;
}

export type AnswerField = 'outcome' | 'reasons' | 'estimatedCost';

/** The platform's limit on an answer's reasons (docs/domain.md, review rules). */
const MAX_REASONS = 10_000;

/** Whether an answer with this outcome must say what it costs: accepting anything does. */
export function needsCost(outcome: AnswerDraft['outcome']): boolean {
  return outcome === 'accepted' || outcome === 'partially_accepted';
}

/** The cost typed, in whole won; null when left empty. Digit group separators are allowed. */
export function costOf(typed: string): number | null {
  const digits = typed.replace(/[\s,]/g, '');
  return digits === '' ? null : Number(digits);
}

function costProblem(draft: AnswerDraft): 'required' | 'invalid' | null {
  const cost = costOf(draft.estimatedCost);
  if (cost === null) return needsCost(draft.outcome) ? 'required' : null;
  return Number.isSafeInteger(cost) && cost >= 0 ? null : 'invalid';
}

/** What keeps the answer from being sent, by field, as the review's rules say. */
export function answerProblems(draft: AnswerDraft): Problems<AnswerField> {
  return problemsOf<AnswerField>({
    outcome: draft.outcome === '' ? 'required' : null,
    reasons: textProblem(draft.reasons, MAX_REASONS),
    estimatedCost: costProblem(draft),
  });
}
