/** How long a department's names may be: the contract's limit too. */
export const DEPARTMENT_LIMITS = { name: 100 } as const;
