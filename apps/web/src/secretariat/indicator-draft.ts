import { Problems, problemsOf, textProblem } from '../forms/text-problem';

/** The contract's limits (committee's INDICATOR_LIMITS). */
export const INDICATOR_LIMITS = { name: 200, unit: 40, source: 500 } as const;

export type Direction = 'higher' | 'lower';

/** An indicator as the form takes it, every field as typed. */
export interface IndicatorDraft {
  policyId: string;
  nameKo: string;
  nameEn: string;
  unit: string;
  direction: Direction;
  baselineValue: string;
  baselineYear: string;
  targetValue: string;
  targetYear: string;
}
export type IndicatorField = keyof IndicatorDraft;

/** A measurement as the form takes it; the indicator chosen gives the years it takes. */
export interface MeasurementDraft {
  indicatorId: string;
  year: string;
  value: string;
  source: string;
}
export type MeasurementField = keyof MeasurementDraft;

const DECIMAL = /^-?\d+(\.\d+)?$/;
const YEAR = /^\d{4}$/;

const valueProblem = (value: string) => (value === '' ? 'required' : DECIMAL.test(value) ? null : 'number');
const yearProblem = (value: string) => (value === '' ? 'required' : YEAR.test(value) ? null : 'year');

/**
 * What is wrong with a draft indicator, by field, before the platform is asked (it checks the same rules): a
 * baseline in a year already begun, a later target year, and a target in the direction the indicator improves.
 */
export function indicatorProblems(draft: IndicatorDraft, thisYear: number): Problems<IndicatorField> {
  const baselineYear = yearProblem(draft.baselineYear) ?? (+draft.baselineYear > thisYear ? 'future' : null);
  const targetYear =
    yearProblem(draft.targetYear) ??
    (baselineYear === null && +draft.targetYear <= +draft.baselineYear ? 'order' : null);
  const bothValues = valueProblem(draft.baselineValue) === null && valueProblem(draft.targetValue) === null;
  const improves =
    draft.direction === 'higher'
      ? +draft.targetValue > +draft.baselineValue
      : +draft.targetValue < +draft.baselineValue;
  return problemsOf<IndicatorField>({
    policyId: draft.policyId === '' ? 'required' : null,
    nameKo: textProblem(draft.nameKo, INDICATOR_LIMITS.name),
    nameEn: textProblem(draft.nameEn, INDICATOR_LIMITS.name),
    unit: textProblem(draft.unit, INDICATOR_LIMITS.unit),
    direction: null,
    baselineValue: valueProblem(draft.baselineValue),
    baselineYear,
    targetValue: valueProblem(draft.targetValue) ?? (bothValues && !improves ? draft.direction : null),
    targetYear,
  });
}

/** The command's input from a draft without problems. */
export function indicatorInput(draft: IndicatorDraft, planId: string, indicatorId: string) {
  return {
    indicatorId,
    planId,
    policyId: draft.policyId,
    nameKo: draft.nameKo.trim(),
    nameEn: draft.nameEn.trim(),
    unit: draft.unit.trim(),
    direction: draft.direction,
    baselineValue: Number(draft.baselineValue),
    baselineYear: Number(draft.baselineYear),
    targetValue: Number(draft.targetValue),
    targetYear: Number(draft.targetYear),
  };
}

/** What is wrong with a draft measurement: a year from the indicator's baseline to its target, not yet to come. */
export function measurementProblems(
  draft: MeasurementDraft,
  indicator: { baselineYear: number; targetYear: number } | undefined,
  thisYear: number,
): Problems<MeasurementField> {
  const year = +draft.year;
  const outside = indicator !== undefined && (year < indicator.baselineYear || year > indicator.targetYear);
  return problemsOf<MeasurementField>({
    indicatorId: indicator === undefined ? 'required' : null,
    year: yearProblem(draft.year) ?? (outside ? 'range' : year > thisYear ? 'future' : null),
    value: valueProblem(draft.value),
    source: draft.source.trim().length > INDICATOR_LIMITS.source ? 'tooLong' : null,
  });
}

/** The command's input from a draft without problems: a source left empty is not sent. */
export function measurementInput(draft: MeasurementDraft) {
  const source = draft.source.trim();
  return {
    indicatorId: draft.indicatorId,
    year: Number(draft.year),
    value: Number(draft.value),
    ...(source ? { source } : {}),
  };
}
