/** How long a plan may be and its texts: the contract's limits (the decider refuses only what is blank). */
export const IMPLEMENTATION_LIMITS = {
  milestones: 100,
  milestoneTitle: 300,
  note: 5_000,
  reason: 2_000,
} as const;
