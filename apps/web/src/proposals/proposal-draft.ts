import { Problems, districtProblem, problemsOf, textProblem } from '../forms/text-problem';

/** What the proposal form holds; departments chosen from the directory, the lead first. */
export interface ProposalDraft {
  title: string;
  body: string;
  serves: string[];
  departments: string[];
  district: string;
  organizationId: string;
}

export type DraftField = 'title' | 'body' | 'serves' | 'departments' | 'district';

/** The platform's limits (docs/domain.md, proposal rules). */
const MAX = { title: 200, body: 20_000, listed: 30 };

/**
 * The departments chosen, in the order they were asked before (the lead stays first when a draft is edited), then
 * the newly chosen in the order they are shown.
 */
export function departmentsInOrder(chosen: readonly string[], before: readonly string[]): string[] {
  const rank = (department: string) => {
    const index = before.indexOf(department);
    return index === -1 ? before.length : index;
  };
  return [...chosen].sort((a, b) => rank(a) - rank(b));
}

function listProblem(items: string[]): 'required' | 'tooMany' | 'repeated' | null {
  if (items.length === 0) return 'required';
  if (items.length > MAX.listed) return 'tooMany';
  return new Set(items).size < items.length ? 'repeated' : null;
}

/**
 * What keeps the draft from being submitted, by field. A strategy and a department are asked for already at
 * drafting: a draft without them could be saved but never submitted.
 */
export function draftProblems(draft: ProposalDraft): Problems<DraftField> {
  return problemsOf<DraftField>({
    title: textProblem(draft.title, MAX.title),
    body: textProblem(draft.body, MAX.body),
    serves: listProblem(draft.serves),
    departments: listProblem(draft.departments),
    district: districtProblem(draft.district),
  });
}
