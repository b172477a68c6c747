/** How long a comment may be and how many people one command invites at once: the contract's limits too. */
export const FEEDBACK_LIMITS = { comment: 5_000, invitedAtOnce: 1_000 } as const;

/** How long a perception survey's texts may be: the contract's limits too. */
export const SURVEY_LIMITS = { topic: 200, question: 2_000 } as const;
