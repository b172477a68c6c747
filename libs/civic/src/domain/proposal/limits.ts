/** How long a proposal's texts may be, and how many strategies or departments it names: the contract's too. */
export const PROPOSAL_LIMITS = {
  title: 200,
  body: 20_000,
  reason: 2_000,
  /** Strategies, policies or departments named. */
  items: 30,
  item: 100,
  forumParticipants: 100_000_000,
} as const;
