import { identifierProblem, problemsOf, textProblem } from '../forms/text-problem';

export type CouncilField = 'councilId' | 'nameKo' | 'nameEn' | 'theme';
/** The council form's fields as typed. */
export type CouncilDraft = Record<CouncilField, string>;

/**
 * What is wrong with a draft council, by field, before the platform is asked (it checks the same rules):
 * `takenIds` are the spaces' ids already given, the city's, the districts' and the councils'.
 */
export function councilProblems(draft: CouncilDraft, takenIds: readonly string[]) {
  return problemsOf<CouncilField>({
    councilId: identifierProblem(draft.councilId) ?? (takenIds.includes(draft.councilId) ? 'taken' : null),
    nameKo: textProblem(draft.nameKo, 100),
    nameEn: textProblem(draft.nameEn, 100),
    theme: textProblem(draft.theme, 2000),
  });
}
