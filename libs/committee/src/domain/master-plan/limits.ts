/** How long a master plan's titles, its vision and a pending issue's text may be: the contract's limits too. */
export const MASTER_PLAN_LIMITS = { title: 300, vision: 1_000, pendingIssue: 2_000 } as const;
