/** How long a review's texts may be, its answer period and its estimated cost: the contract's limits too. */
export const REVIEW_LIMITS = {
  interimAnswer: 5_000,
  reasons: 10_000,
  /** Days an answer period may be set to instead of the default calendar month. */
  answerWithinDays: 365,
  /** In won. */
  estimatedCost: 1e15,
} as const;
