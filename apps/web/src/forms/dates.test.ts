import { describe, expect, it } from 'vitest';
import { dateText, seoulDayOf, wonText } from './dates';

describe('dates and amounts in words', () => {
  it("writes a date in Seoul's time, the city's, whatever the reader's time zone", () => {
    // 23:30 UTC is already the next morning in Seoul
    expect(dateText('en', '2026-03-01T23:30:00Z')).toBe('Mar 2, 2026');
    expect(dateText('ko', '2026-03-01T23:30:00Z')).toBe('2026. 3. 2.');
    expect(dateText('en', '2026-03-01T23:30:00Z', true)).toBe('Mar 2, 2026, 8:30 AM');
  });

  it('writes an amount in won', () => {
    expect(wonText('en', 30_000_000)).toBe('₩30,000,000');
    expect(wonText('ko', 30_000_000)).toBe('₩30,000,000');
  });

  it("names the day in Seoul, which starts nine hours before UTC's", () => {
    expect(seoulDayOf(new Date('2026-03-01T14:59:59Z'))).toBe('2026-03-01');
    expect(seoulDayOf(new Date('2026-03-01T15:00:00Z'))).toBe('2026-03-02');
  });
});
