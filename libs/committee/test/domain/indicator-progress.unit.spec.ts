import { indicatorProgress } from '@hyeopchi/committee/domain';

const rising = { baselineValue: 10, baselineYear: 2025, targetValue: 30, targetYear: 2030 };
const falling = { baselineValue: 0.8, baselineYear: 2024, targetValue: 0.4, targetYear: 2028 };

describe("an indicator's progress", () => {
  it('is unknown before any measurement', () =>
    expect(indicatorProgress(rising, [])).toEqual({
      latest: null,
      share: null,
      expectedShare: null,
      onTrack: null,
    }));

  it('is the share of the way from baseline to target, by the latest year measured', () =>
    expect(
      indicatorProgress(rising, [
        { year: 2027, value: 20 },
        { year: 2026, value: 25 },
      ]),
    ).toEqual({ latest: { year: 2027, value: 20 }, share: 0.5, expectedShare: 0.4, onTrack: true }));

  it('is behind when it has come less far than a steady pace', () =>
    expect(indicatorProgress(rising, [{ year: 2028, value: 15 }])).toMatchObject({
      share: 0.25,
      expectedShare: 0.6,
      onTrack: false,
    }));

  it('counts a falling indicator as coming closer as it falls', () =>
    expect(indicatorProgress(falling, [{ year: 2026, value: 0.6 }])).toMatchObject({
      share: expect.closeTo(0.5, 10),
      expectedShare: 0.5,
      onTrack: true,
    }));

  it('goes below 0 when the value moved away from the target, above 1 past it', () => {
    expect(indicatorProgress(rising, [{ year: 2026, value: 5 }])).toMatchObject({
      share: -0.25,
      onTrack: false,
    });
    expect(indicatorProgress(rising, [{ year: 2030, value: 40 }])).toMatchObject({
      share: 1.5,
      onTrack: true,
    });
  });

  it('is on track at the baseline year when it has not fallen back', () =>
    expect(indicatorProgress(rising, [{ year: 2025, value: 10 }])).toMatchObject({
      share: 0,
      expectedShare: 0,
      onTrack: true,
    }));
});
