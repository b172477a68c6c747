import { describe, expect, it } from 'vitest';
import { StatusChange, liveNews } from './live-news';

const change = (fields: Partial<StatusChange>): StatusChange => ({
  id: 'benches',
  title: 'Benches',
  status: 'under_review',
  authorId: 'kim',
  ...fields,
});

describe('what a live status change tells the reader', () => {
  it('tells everyone of a newly submitted proposal', () => {
    expect(liveNews(change({ status: 'collecting_support' }), null, new Set())).toEqual({
      kind: 'submitted',
      title: 'Benches',
      status: 'collecting_support',
    });
  });

  it('tells the author and the supporters of any later move', () => {
    expect(liveNews(change({}), 'kim', new Set())?.kind).toBe('followed');
    expect(liveNews(change({}), 'lee', new Set(['benches']))?.kind).toBe('followed');
  });

  it('leaves everyone else, and anyone signed out, in peace', () => {
    expect(liveNews(change({}), 'lee', new Set(['other']))).toBeNull();
    expect(liveNews(change({}), null, new Set(['benches']))).toBeNull();
  });
});
