import { describe, expect, it } from 'vitest';
import { AnswerDraft, answerProblems, costOf } from './answer-problems';
import en from './locales/en.json';

const valid: AnswerDraft = {
  outcome: 'accepted',
  reasons: 'Within this year’s budget.',
  estimatedCost: '1,200,000',
};

describe("a review's answer as typed", () => {
  it('may be sent when it has an outcome, reasons and, when it accepts, a cost', () => {
    expect(answerProblems(valid)).toEqual({});
    expect(answerProblems({ ...valid, outcome: 'rejected', estimatedCost: '' })).toEqual({});
  });

  it('names each missing part', () => {
    expect(answerProblems({ outcome: '', reasons: '  ', estimatedCost: '' })).toEqual({
      outcome: 'outcome.required',
      reasons: 'reasons.required',
    });
    expect(answerProblems({ ...valid, outcome: 'partially_accepted', estimatedCost: ' ' })).toEqual({
      estimatedCost: 'estimatedCost.required',
    });
  });

  it('refuses reasons over 10,000 characters and a cost that is not whole won, 0 or more', () => {
    expect(answerProblems({ ...valid, reasons: 'x'.repeat(10_001) })).toEqual({ reasons: 'reasons.tooLong' });
    for (const estimatedCost of ['-5', '12.5', 'lots']) {
      expect(answerProblems({ ...valid, estimatedCost })).toEqual({ estimatedCost: 'estimatedCost.invalid' });
    }
  });

  it('reads a cost with digit groups, and none when empty', () => {
    expect(costOf('30,000,000')).toBe(30_000_000);
    expect(costOf('')).toBeNull();
  });

  it('says how to fix each problem it can name', () => {
    const problems = en.department.problems as Record<string, Record<string, string>>;
    for (const key of [
      'outcome.required',
      'reasons.required',
      'reasons.tooLong',
      'estimatedCost.required',
      'estimatedCost.invalid',
    ]) {
      const [field, problem] = key.split('.');
      expect(problems[field]?.[problem]).toEqual(expect.any(String));
    }
  });
});
