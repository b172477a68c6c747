import { describe, expect, it } from 'vitest';
import { SessionFacts, conflictBlocker, decisionBlocker, motionBlocker } from './eligibility';

const session = (overrides: Partial<SessionFacts> = {}): SessionFacts => ({
  roster: ['a', 'b', 'c'],
  attendance: [
    { memberId: 'a', present: true },
    { memberId: 'b', present: false },
  ],
  quorumMet: true,
  minutesPublishedAt: null,
  ...overrides,
});
const item = (recused: string[] = [], votes: (string | null)[] = []) => ({
  recusals: recused.map((memberId) => ({ memberId })),
  motions: votes.map((yourVote) => ({ yourVote })),
});

describe('what the session lets a member do now', () => {
  it('lets a present, unrecused member of the roster move a motion', () => {
    expect(motionBlocker('a', session(), item())).toBeNull();
    expect(motionBlocker('z', session(), item())).toBe('NOT_ON_ROSTER');
    expect(motionBlocker('a', session({ minutesPublishedAt: '2026-01-01T00:00:00Z' }), item())).toBe(
      'SESSION_CLOSED',
    );
    expect(motionBlocker('b', session(), item())).toBe('MEMBER_NOT_PRESENT');
    expect(motionBlocker('c', session(), item())).toBe('MEMBER_NOT_PRESENT');
    expect(motionBlocker('a', session(), item(['a']))).toBe('MEMBER_RECUSED');
  });

  it('takes a conflict of interest once, before the member votes on the item, present or not', () => {
    expect(conflictBlocker('b', session(), item())).toBeNull();
    expect(conflictBlocker('a', session(), item([], [null]))).toBeNull();
    expect(conflictBlocker('a', session(), item(['a']))).toBe('ALREADY_RECUSED');
    expect(conflictBlocker('a', session(), item([], [null, 'for']))).toBe('ALREADY_VOTED');
    expect(conflictBlocker('z', session(), item())).toBe('NOT_ON_ROSTER');
    expect(conflictBlocker('a', session({ minutesPublishedAt: '2026-01-01T00:00:00Z' }), item(['a']))).toBe(
      'SESSION_CLOSED',
    );
  });

  it('lets the chair decide only with a quorum, in an open session', () => {
    expect(decisionBlocker(session())).toBeNull();
    expect(decisionBlocker(session({ quorumMet: false }))).toBe('QUORUM_NOT_MET');
    expect(decisionBlocker(session({ minutesPublishedAt: '2026-01-01T00:00:00Z' }))).toBe('SESSION_CLOSED');
  });
});
