/**
 * How long a conflict's reason, a motion's text, a decision's rationale and amendments, and a session's minutes may
 * be: the contract's limits too.
 */
export const SESSION_LIMITS = {
  reason: 2_000,
  motion: 5_000,
  rationale: 10_000,
  amendments: 10_000,
  minutes: 100_000,
} as const;
