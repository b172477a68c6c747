import { Problems, problemsOf, textProblem } from '../forms/text-problem';

/** What the progress form holds, as typed. */
export interface ProgressDraft {
  percent: string;
  note: string;
  reason: string;
}

export type ProgressField = 'percent' | 'note' | 'reason';

/** The platform's limits on a progress report (its command schema). */
const MAX = { note: 5_000, reason: 2_000 };

/** The percent typed, when it is a whole number from 0 to 100; null otherwise. */
export function percentOf(typed: string): number | null {
  const percent = Number(typed.trim());
  return typed.trim() !== '' && Number.isInteger(percent) && percent >= 0 && percent <= 100 ? percent : null;
}

function percentProblem(typed: string): 'required' | 'invalid' | null {
  if (typed.trim() === '') return 'required';
  return percentOf(typed) === null ? 'invalid' : null;
}

/** Why progress fell is asked only when it falls below what was last reported; it stays optional otherwise. */
function reasonProblem(draft: ProgressDraft, lastPercent: number): 'required' | 'tooLong' | null {
  const percent = percentOf(draft.percent);
  const falls = percent !== null && percent < lastPercent;
  if (!falls && draft.reason.trim() === '') return null;
  return textProblem(draft.reason, MAX.reason);
}

/** What keeps the report from being sent, by field, as the implementation's rules say. */
export function progressProblems(draft: ProgressDraft, lastPercent: number): Problems<ProgressField> {
  return problemsOf<ProgressField>({
    percent: percentProblem(draft.percent),
    note: textProblem(draft.note, MAX.note),
    reason: reasonProblem(draft, lastPercent),
  });
}
