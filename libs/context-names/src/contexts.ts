/** The bounded contexts, one service each; a context's name is its event store schema and its topic's middle. */
export const CONTEXTS = ['civic', 'department', 'committee', 'feedback'] as const;

export type Context = (typeof CONTEXTS)[number];
