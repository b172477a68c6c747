import { describe, expect, it } from 'vitest';
import { momentOf } from './moment';

describe('a moment typed by the auditor', () => {
  it('is a position when it is a whole number, 0 or more', () => {
    expect(momentOf('position', ' 42 ')).toEqual({ moment: { position: 42 } });
    expect(momentOf('position', '0')).toEqual({ moment: { position: 0 } });
    for (const text of ['', '-1', '4.5', 'forty', '1e3']) {
      expect(momentOf('position', text)).toEqual({ problem: 'positionInvalid' });
    }
  });

  it('is a time when it is an ISO 8601 time with its zone', () => {
    expect(momentOf('time', '2026-11-28T00:12:32.921Z')).toEqual({
      moment: { at: '2026-11-28T00:12:32.921Z' },
    });
    expect(momentOf('time', '2026-11-28T09:12+09:00')).toEqual({ moment: { at: '2026-11-28T09:12+09:00' } });
    for (const text of ['', '2026-11-28', '2026-11-28T00:12:32', '2026-13-45T99:99Z', 'yesterday']) {
      expect(momentOf('time', text)).toEqual({ problem: 'timeInvalid' });
    }
  });
});
