import { describe, expect, it } from 'vitest';
import { isNewlySubmitted, notifiesAt } from './live-news';
import { proposalPath } from './paths';

describe('what a live status change tells the reader', () => {
  it('tells everyone on the list of a newly submitted proposal, and of no later move', () => {
    expect(isNewlySubmitted({ status: 'collecting_support' })).toBe(true);
    expect(isNewlySubmitted({ status: 'under_review' })).toBe(false);
  });

  it("notifies of a followed proposal's move anywhere but on its own page", () => {
    expect(notifiesAt('/', 'benches')).toBe(true);
    expect(notifiesAt('/department', 'benches')).toBe(true);
    expect(notifiesAt('/proposals/other', 'benches')).toBe(true);
    expect(notifiesAt('/proposals/benches', 'benches')).toBe(false);
    expect(notifiesAt(proposalPath('a b'), 'a b')).toBe(false);
  });
});
