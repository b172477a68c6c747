import { describe, expect, it } from 'vitest';
import { newDecisionId, nextId, sessionIdFor } from './ids';

describe('ids the committee screen chooses', () => {
  it('names a session after the local date and time it meets', () => {
    expect(sessionIdFor('2026-05-01T14:00')).toBe('session-2026-05-01-1400');
    expect(sessionIdFor('2026-05-01T09:30:15')).toBe('session-2026-05-01-0930');
  });

  it("names another space's session after its space too, the city's as before", () => {
    expect(sessionIdFor('2026-05-01T14:00', 'Mapo-gu')).toBe('session-Mapo-gu-2026-05-01-1400');
    expect(sessionIdFor('2026-05-01T14:00', 'seoul')).toBe('session-2026-05-01-1400');
  });

  it('numbers items and motions on from those there are, skipping a number taken', () => {
    expect(nextId('motion', [])).toBe('motion-1');
    expect(nextId('item', ['item-1'])).toBe('item-2');
    expect(nextId('item', ['item-2', 'item-x'])).toBe('item-3');
    expect(nextId('item', ['item-3', 'item-4', 'extra'])).toBe('item-5');
  });

  it('makes a decision id of 8 random bytes, in hex', () => {
    expect(newDecisionId((bytes) => bytes.fill(171))).toBe('decision-abababababababab');
    expect(newDecisionId()).toMatch(/^decision-[0-9a-f]{16}$/);
  });
});
