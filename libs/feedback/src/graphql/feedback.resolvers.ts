/** The feedback context's queries and mutations. */
export const feedbackResolvers = [];
