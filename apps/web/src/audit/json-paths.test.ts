import { describe, expect, it } from 'vitest';
import { leavesOf, shownValue } from './json-paths';

describe("a state's leaves", () => {
  it('are named by paths as the diff names them, members in name order', () => {
    expect(
      leavesOf({ status: 'submitted', supporters: ['a', 'b'], items: { 'i-1': { ok: true } }, 'x.y': 1 }),
    ).toEqual([
      { path: 'items.i-1.ok', value: true },
      { path: 'status', value: 'submitted' },
      { path: 'supporters[0]', value: 'a' },
      { path: 'supporters[1]', value: 'b' },
      { path: '["x.y"]', value: 1 },
    ]);
  });

  it('keep empty objects and arrays, and a bare value, as leaves of their own', () => {
    expect(leavesOf({ tiers: [], policy: {}, none: null })).toEqual([
      { path: 'none', value: null },
      { path: 'policy', value: {} },
      { path: 'tiers', value: [] },
    ]);
    expect(leavesOf('plain')).toEqual([{ path: '', value: 'plain' }]);
  });

  it('show text as it is and anything else as JSON', () => {
    expect(shownValue('정화')).toBe('정화');
    expect(shownValue(3)).toBe('3');
    expect(shownValue(null)).toBe('null');
    expect(shownValue({ a: [1] })).toBe('{"a":[1]}');
  });
});
