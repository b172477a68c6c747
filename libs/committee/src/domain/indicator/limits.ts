/** How long an indicator's names, its unit, a measurement's source and a retirement's reason may be. */
export const INDICATOR_LIMITS = { name: 200, unit: 40, source: 500, reason: 2_000 } as const;
