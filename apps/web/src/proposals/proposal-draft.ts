import { Problems, districtProblem, problemsOf, textProblem } from '../forms/text-problem';

/** What the proposal form holds; departments as typed, comma-separated, the lead first. */
export interface ProposalDraft {
  title: string;
  body: string;
  serves: string[];
  departments: string;
  district: string;
  organizationId: string;
}

export type DraftField = 'title' | 'body' | 'serves' | 'departments' | 'district';

/** The platform's limits (docs/domain.md, proposal rules). */
const MAX = { title: 200, body: 20_000, listed: 30 };

/** The department ids typed, in order, each once as typed. */
export function departmentsOf(text: string): string[] {
  return text
    .split(',')
    .map((department) => department.trim())
    .filter((department) => department !== '');
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
    departments: listProblem(departmentsOf(draft.departments)),
    district: districtProblem(draft.district),
  });
}
