import { Problems, districtProblem, problemsOf, textProblem } from '../forms/text-problem';

export interface OrganizationDraft {
  organizationId: string;
  name: string;
  district: string;
}

export type OrganizationField = keyof OrganizationDraft;

/** The ids the platform takes (docs/domain.md): letters, digits, _ . : - and at most 100 of them. */
const ID = /^[A-Za-z0-9_.:-]+$/;

function idProblem(id: string): 'required' | 'tooLong' | 'characters' | null {
  return textProblem(id, 100) ?? (ID.test(id.trim()) ? null : 'characters');
}

/** What keeps the organization from being registered, by field (names 1–200 characters, a district chosen). */
export function organizationProblems(draft: OrganizationDraft): Problems<OrganizationField> {
  return problemsOf<OrganizationField>({
    organizationId: idProblem(draft.organizationId),
    name: textProblem(draft.name, 200),
    district: districtProblem(draft.district),
  });
}
