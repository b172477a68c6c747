/** How long an organization's texts may be: the contract's limits too. */
export const ORGANIZATION_LIMITS = { name: 200, reason: 2_000, note: 2_000 } as const;
