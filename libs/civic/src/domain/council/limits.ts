/** How long a council's names and theme may be: the contract's limits too. */
export const COUNCIL_LIMITS = { name: 100, theme: 2_000 } as const;
