/** How long a public name may be: the contract's limit too. */
export const PERSON_LIMITS = { displayName: 50 } as const;
