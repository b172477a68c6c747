import { describe, expect, it } from 'vitest';
import {
  IndicatorDraft,
  MeasurementDraft,
  indicatorInput,
  indicatorProblems,
  measurementInput,
  measurementProblems,
} from './indicator-draft';

const draft = (change: Partial<IndicatorDraft> = {}): IndicatorDraft => ({
  policyId: 'policy-2-1',
  nameKo: '시민 제안 채택률',
  nameEn: 'Citizen proposal adoption rate',
  unit: '%',
  direction: 'higher',
  baselineValue: '18',
  baselineYear: '2025',
  targetValue: '35',
  targetYear: '2030',
  ...change,
});
const measurement = (change: Partial<MeasurementDraft> = {}): MeasurementDraft => ({
  indicatorId: 'adoption',
  year: '2026',
  value: '22.5',
  source: '',
  ...change,
});
const indicator = { baselineYear: 2025, targetYear: 2030 };

describe('a draft indicator', () => {
  it('becomes the command, its numbers as numbers', () => {
    expect(indicatorProblems(draft(), 2026)).toEqual({});
    expect(indicatorInput(draft({ nameKo: ' 채택률 ' }), 'plan-1', 'ind-1')).toEqual({
      indicatorId: 'ind-1',
      planId: 'plan-1',
      policyId: 'policy-2-1',
      nameKo: '채택률',
      nameEn: 'Citizen proposal adoption rate',
      unit: '%',
      direction: 'higher',
      baselineValue: 18,
      baselineYear: 2025,
      targetValue: 35,
      targetYear: 2030,
    });
  });

  it('needs a policy, both names, a unit and numbers', () => {
    expect(
      indicatorProblems(draft({ policyId: '', nameEn: ' ', unit: '', baselineValue: '12%' }), 2026),
    ).toEqual({
      policyId: 'policyId.required',
      nameEn: 'nameEn.required',
      unit: 'unit.required',
      baselineValue: 'baselineValue.number',
    });
  });

  it('takes a baseline year begun already and a later target year', () => {
    expect(indicatorProblems(draft({ baselineYear: '2027' }), 2026)).toEqual({
      baselineYear: 'baselineYear.future',
    });
    expect(indicatorProblems(draft({ targetYear: '2025' }), 2026)).toEqual({
      targetYear: 'targetYear.order',
    });
    expect(indicatorProblems(draft({ targetYear: '30' }), 2026)).toEqual({ targetYear: 'targetYear.year' });
  });

  it('aims the target the way the indicator improves', () => {
    expect(indicatorProblems(draft({ targetValue: '10' }), 2026)).toEqual({
      targetValue: 'targetValue.higher',
    });
    expect(indicatorProblems(draft({ direction: 'lower' }), 2026)).toEqual({
      targetValue: 'targetValue.lower',
    });
  });
});

describe('a draft measurement', () => {
  it('becomes the command, without a source left empty', () => {
    expect(measurementProblems(measurement(), indicator, 2026)).toEqual({});
    expect(measurementInput(measurement())).toEqual({ indicatorId: 'adoption', year: 2026, value: 22.5 });
    expect(measurementInput(measurement({ source: ' Survey ' }))).toMatchObject({ source: 'Survey' });
  });

  it('takes a year from baseline to target that has begun, and a number', () => {
    expect(measurementProblems(measurement({ year: '2024' }), indicator, 2026)).toEqual({
      year: 'year.range',
    });
    expect(measurementProblems(measurement({ year: '2027' }), indicator, 2026)).toEqual({
      year: 'year.future',
    });
    expect(measurementProblems(measurement({ value: '' }), indicator, 2026)).toEqual({
      value: 'value.required',
    });
    expect(measurementProblems(measurement(), undefined, 2026)).toEqual({
      indicatorId: 'indicatorId.required',
    });
  });
});
