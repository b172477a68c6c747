import { Problems, problemsOf, textProblem } from '../forms/text-problem';

/** The contract's limits (committee's MASTER_PLAN_LIMITS): titles of the plan and its strategies, the vision. */
export const PLAN_LIMITS = { title: 300, vision: 1000 } as const;

export interface PlanDraft {
  title: string;
  vision: string;
  /** Days as a date field gives them: YYYY-MM-DD, or empty. */
  periodFrom: string;
  periodTo: string;
  /** The strategies' titles by id, in order: the new plan keeps their ids, so what serves them still does. */
  strategies: { strategyId: string; title: string }[];
}

/** What is wrong with a draft plan, by field (a strategy's field is `strategy:<id>`). */
export function planProblems(draft: PlanDraft): Problems<string> {
  const period =
    !draft.periodFrom || !draft.periodTo ? 'required' : draft.periodFrom < draft.periodTo ? null : 'order';
  return {
    ...problemsOf({
      title: textProblem(draft.title, PLAN_LIMITS.title),
      vision: textProblem(draft.vision, PLAN_LIMITS.vision),
      periodTo: period,
    }),
    ...Object.fromEntries(
      draft.strategies.flatMap(({ strategyId, title }) => {
        const problem = textProblem(title, PLAN_LIMITS.title);
        return problem ? [[`strategy:${strategyId}`, `strategy.${problem}`]] : [];
      }),
    ),
  };
}

/** A day as the contract takes it: an ISO time, the day's start in UTC. */
export const dayAsTime = (day: string) => `${day}T00:00:00Z`;
