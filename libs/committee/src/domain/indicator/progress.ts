/** What progress is measured against: the indicator's baseline and target. */
export interface IndicatorBounds {
  baselineValue: number;
  baselineYear: number;
  targetValue: number;
  targetYear: number;
}

export interface Measurement {
  year: number;
  value: number;
}

export interface IndicatorProgress {
  /** The latest year measured, or null before any measurement. */
  latest: Measurement | null;
  /**
   * The share of the way from baseline to target the latest value has come: 0 at the baseline, 1 at the target,
   * below 0 when it moved away from the target, above 1 past it. Null before any measurement.
   */
  share: number | null;
  /** The share a steady pace from baseline year to target year would have reached by the latest year measured. */
  expectedShare: number | null;
  /** Whether the latest value has come at least as far as that steady pace; null before any measurement. */
  onTrack: boolean | null;
}

/**
 * How far an indicator has come. The target lies in the direction of improvement (the domain refuses any other),
 * so one ratio serves indicators that should rise and ones that should fall.
 */
const PACE_TOLERANCE = 1e-9;

export function indicatorProgress(
  bounds: IndicatorBounds,
  measurements: readonly Measurement[],
): IndicatorProgress {
  const latest = measurements.reduce<Measurement | null>(
    (last, measurement) => (last === null || measurement.year > last.year ? measurement : last),
    null,
  );
  if (latest === null) return { latest, share: null, expectedShare: null, onTrack: null };
  const { baselineValue, baselineYear, targetValue, targetYear } = bounds;
  const share = (latest.value - baselineValue) / (targetValue - baselineValue);
  const expectedShare = (latest.year - baselineYear) / (targetYear - baselineYear);
  // decimal values divide inexactly (0.6 of the way from 0.8 to 0.4 is 0.4999…): exactly on pace is on track
  const onTrack = share >= expectedShare - PACE_TOLERANCE;
  return { latest: { year: latest.year, value: latest.value }, share, expectedShare, onTrack };
}
