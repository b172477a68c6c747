import { VoteBlocker, voteBlocker } from '../../src/graphql/vote-blocker';

const session = (present: string[], published = false) => ({
  roster: ['a', 'b', 'c'],
  quorum: 2,
  attendance: [
    ...present.map((memberId) => ({ memberId, present: true })),
    { memberId: 'c', present: false },
  ],
  minutesPublishedAt: published ? new Date() : null,
});
const open = { votes: [], sealed: false };
const noRecusals = { recusals: [] };

describe('what keeps a member from voting', () => {
  it('lets a present, unrecused member of a quorate session vote once on an open motion', () => {
    expect(voteBlocker('a', session(['a', 'b']), noRecusals, open)).toBeNull();
    expect(
      voteBlocker('a', session(['a', 'b']), noRecusals, { ...open, votes: [{ memberId: 'a', vote: 'for' }] }),
    ).toBe(VoteBlocker.ALREADY_VOTED);
  });

  it('names the first rule the decider would refuse on, in its order', () => {
    expect(voteBlocker(null, session(['a', 'b']), noRecusals, open)).toBe(VoteBlocker.NOT_ON_ROSTER);
    expect(voteBlocker('z', session(['a', 'b']), noRecusals, open)).toBe(VoteBlocker.NOT_ON_ROSTER);
    expect(voteBlocker('a', session(['a', 'b'], true), noRecusals, open)).toBe(VoteBlocker.SESSION_CLOSED);
    expect(voteBlocker('a', session(['a']), noRecusals, { ...open, sealed: true })).toBe(
      VoteBlocker.DECISION_SEALED,
    );
    // c is recorded absent: only those recorded present count towards the quorum
    expect(voteBlocker('c', session(['a']), noRecusals, open)).toBe(VoteBlocker.QUORUM_NOT_MET);
    expect(voteBlocker('c', session(['a', 'b']), noRecusals, open)).toBe(VoteBlocker.MEMBER_NOT_PRESENT);
    const recused = { recusals: [{ memberId: 'a', reason: 'family' }] };
    expect(voteBlocker('a', session(['a', 'b']), recused, open)).toBe(VoteBlocker.MEMBER_RECUSED);
  });
});
