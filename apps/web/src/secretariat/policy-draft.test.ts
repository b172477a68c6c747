import { describe, expect, it } from 'vitest';
import { PolicyDraft, policyInput, policyProblems } from './policy-draft';

const TODAY = '2026-12-06';
const draft = (change: Partial<PolicyDraft> = {}): PolicyDraft => ({
  supportWindowDays: '30',
  department_answer: '50',
  public_forum: '100',
  mayor_answer: '',
  takesEffectOn: '2026-12-06',
  ...change,
});

describe('a draft threshold policy', () => {
  it('becomes the tiers filled in, in the order they are climbed', () => {
    expect(policyProblems(draft(), TODAY)).toEqual({});
    expect(policyInput(draft({ mayor_answer: '1000' }))).toEqual({
      supportWindowDays: 30,
      takesEffectOn: '2026-12-06',
      tiers: [
        { tier: 'department_answer', measure: 'supports', threshold: 50 },
        { tier: 'public_forum', measure: 'supports', threshold: 100 },
        { tier: 'mayor_answer', measure: 'forum_participants', threshold: 1000 },
      ],
    });
  });

  it('needs a support window of 1 to 365 days and a department answer tier', () => {
    expect(policyProblems(draft({ supportWindowDays: '', department_answer: '' }), TODAY)).toEqual({
      supportWindowDays: 'supportWindowDays.required',
      department_answer: 'department_answer.required',
    });
    expect(policyProblems(draft({ supportWindowDays: '366' }), TODAY)).toEqual({
      supportWindowDays: 'supportWindowDays.range',
    });
  });

  it('takes whole counts from 1, and a forum that needs more supports than the department answer', () => {
    expect(policyProblems(draft({ department_answer: '0', mayor_answer: '2.5' }), TODAY)).toEqual({
      department_answer: 'department_answer.whole',
      mayor_answer: 'mayor_answer.whole',
    });
    expect(policyProblems(draft({ public_forum: '50' }), TODAY)).toEqual({
      public_forum: 'public_forum.notAbove',
    });
  });

  it('takes effect today in Seoul or on a later day, never on a day gone', () => {
    expect(policyProblems(draft({ takesEffectOn: '2027-01-01' }), TODAY)).toEqual({});
    expect(policyProblems(draft({ takesEffectOn: '2026-12-05' }), TODAY)).toEqual({
      takesEffectOn: 'takesEffectOn.past',
    });
    expect(policyProblems(draft({ takesEffectOn: '' }), TODAY)).toEqual({
      takesEffectOn: 'takesEffectOn.required',
    });
    expect(policyProblems(draft({ takesEffectOn: '2026-13-40' }), TODAY)).toEqual({
      takesEffectOn: 'takesEffectOn.day',
    });
  });
});
