import { describe, expect, it } from 'vitest';
import { policyStandings } from './policy-standing';

const NOW = new Date('2026-12-06T05:00:00Z');

describe('where each version of a space’s thresholds stands', () => {
  it('has the last adopted of those taken effect in force, the others earlier', () => {
    const standings = policyStandings(
      [
        { version: 2, takesEffectAt: '2026-12-05T15:00:00Z' },
        { version: 1, takesEffectAt: '2026-11-01T00:00:00Z' },
      ],
      NOW,
    );
    expect([...standings]).toEqual([
      [2, 'inForce'],
      [1, 'earlier'],
    ]);
  });

  it('leaves the one in force in force until a version adopted for a later day takes effect', () => {
    const standings = policyStandings(
      [
        { version: 3, takesEffectAt: '2027-01-01T00:00:00+09:00' },
        { version: 2, takesEffectAt: '2026-11-01T00:00:00Z' },
        { version: 1, takesEffectAt: '2026-10-01T00:00:00Z' },
      ],
      NOW,
    );
    expect([...standings]).toEqual([
      [3, 'scheduled'],
      [2, 'inForce'],
      [1, 'earlier'],
    ]);
  });

  it('has none in force while the only version waits for its day', () => {
    expect([...policyStandings([{ version: 1, takesEffectAt: '2026-12-07T00:00:00+09:00' }], NOW)]).toEqual([
      [1, 'scheduled'],
    ]);
  });
});
