import { describe, expect, it } from 'vitest';
import { PlanDraft, dayAsTime, planProblems } from './plan-draft';

const draft = (change: Partial<PlanDraft> = {}): PlanDraft => ({
  title: 'Second master plan',
  vision: 'Citizens govern with the city.',
  periodFrom: '2028-01-01',
  periodTo: '2029-12-31',
  strategies: [{ strategyId: 'strategy-1', title: 'Trust' }],
  ...change,
});

describe('a draft master plan', () => {
  it('needs a title, a vision, a period that ends after it starts, and a title for each strategy', () => {
    expect(planProblems(draft())).toEqual({});
    expect(
      planProblems(
        draft({
          title: ' ',
          vision: '',
          periodTo: '',
          strategies: [{ strategyId: 'strategy-1', title: '' }],
        }),
      ),
    ).toEqual({
      title: 'title.required',
      vision: 'vision.required',
      periodTo: 'periodTo.required',
      'strategy:strategy-1': 'strategy.required',
    });
    expect(planProblems(draft({ periodTo: '2027-12-31' }))).toEqual({ periodTo: 'periodTo.order' });
    expect(planProblems(draft({ vision: 'x'.repeat(1001) }))).toEqual({ vision: 'vision.tooLong' });
  });

  it('sends its days as the start of the day in UTC', () => {
    expect(dayAsTime('2028-01-01')).toBe('2028-01-01T00:00:00Z');
  });
});
