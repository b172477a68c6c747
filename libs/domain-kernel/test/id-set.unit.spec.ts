import { IdSet } from '@hyeopchi/domain-kernel';

const supportersOf = (...ids: string[]) => ids.reduce((set, id) => set.with(id), IdSet.none);

describe('IdSet', () => {
  it('keeps each supporter once, in the order they came', () => {
    const set = supportersOf('lee', 'park', 'lee', 'choi');
    expect(set.size).toBe(3);
    expect(set.toJSON()).toEqual(['lee', 'park', 'choi']);
    expect(JSON.stringify({ supporters: set })).toBe('{"supporters":["lee","park","choi"]}');
    expect([set.has('park'), set.has('kim')]).toEqual([true, false]);
  });

  it('never changes a set it was made from, when a newer one grows or an older one branches off', () => {
    const older = supportersOf('lee', 'park');
    const newer = older.with('choi');
    const branch = older.with('jung');
    expect(older.toJSON()).toEqual(['lee', 'park']);
    expect([older.has('choi'), older.has('jung')]).toEqual([false, false]);
    expect(newer.toJSON()).toEqual(['lee', 'park', 'choi']);
    expect([newer.has('choi'), newer.has('jung')]).toEqual([true, false]);
    expect(branch.toJSON()).toEqual(['lee', 'park', 'jung']);
    expect([branch.has('choi'), branch.has('jung')]).toEqual([false, true]);
  });

  it('lets a supporter withdraw and come back last, leaving the set before the withdrawal as it was', () => {
    const before = supportersOf('lee', 'park', 'choi');
    const withdrawn = before.without('park');
    const back = withdrawn.with('park');
    expect(withdrawn.toJSON()).toEqual(['lee', 'choi']);
    expect(withdrawn.has('park')).toBe(false);
    expect(back.toJSON()).toEqual(['lee', 'choi', 'park']);
    expect(before.toJSON()).toEqual(['lee', 'park', 'choi']);
    expect(before.without('kim')).toBe(before);
  });
});
