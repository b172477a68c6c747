import { Problems, problemsOf, textProblem } from '../forms/text-problem';

/** A milestone as the plan form holds it: a title and a due date (YYYY-MM-DD) as typed. */
export interface MilestoneDraft {
  title: string;
  dueDate: string;
}

export type MilestoneField = 'title' | 'dueDate';

/** The platform's limits on a plan (its command schema): milestone titles and how many milestones. */
export const MAX_TITLE = 300;
export const MAX_MILESTONES = 100;

/** The end of a day in Seoul, where the city's deadlines fall, as an ISO time; null when it is no real date. */
export function endOfDayInSeoul(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const end = new Date(`${date}T23:59:59+09:00`);
  // Date rolls 2026-02-30 over to March: a date that does not come back as typed does not exist
  const seoulDate = new Date(end.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return seoulDate === date ? end.toISOString() : null;
}

function dueDateProblem(date: string): 'required' | 'invalid' | null {
  if (date.trim() === '') return 'required';
  return endOfDayInSeoul(date) ? null : 'invalid';
}

/** What keeps each milestone from being planned, by field, in the order given. */
export function milestoneProblems(drafts: readonly MilestoneDraft[]): Problems<MilestoneField>[] {
  return drafts.map((draft) =>
    problemsOf<MilestoneField>({
      title: textProblem(draft.title, MAX_TITLE),
      dueDate: dueDateProblem(draft.dueDate),
    }),
  );
}

/** The milestones PlanImplementation takes, numbered in the order given; call it once they have no problems. */
export function plannedMilestones(drafts: readonly MilestoneDraft[]) {
  return drafts.map((draft, index) => ({
    milestoneId: `milestone-${index + 1}`,
    title: draft.title.trim(),
    dueAt: endOfDayInSeoul(draft.dueDate)!,
  }));
}
