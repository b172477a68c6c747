import { describe, expect, it } from 'vitest';
import { amendmentProblems, mayBeAmended } from './amendment';

describe('an amendment of a proposal', () => {
  it('is offered once a department has answered, never to a draft, a proposal still waiting or a withdrawn one', () => {
    expect(['answered', 'decided', 'implementing'].every(mayBeAmended)).toBe(true);
    expect(['draft', 'collecting_support', 'under_review', 'withdrawn'].some(mayBeAmended)).toBe(false);
  });

  it('needs a title, a text and a reason, each within its limit', () => {
    expect(
      amendmentProblems({ title: 'Benches', body: 'Every 200 m.', reason: 'As parks answered.' }),
    ).toEqual({});
    expect(amendmentProblems({ title: '', body: 'x'.repeat(20_001), reason: ' ' })).toEqual({
      title: 'title.required',
      body: 'body.tooLong',
      reason: 'reason.required',
    });
  });
});
