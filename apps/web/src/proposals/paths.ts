/** Where a proposal's screens are: its page `/proposals/<id>` and its draft's form `/proposals/<id>/edit`. */
export const proposalPath = (proposalId: string): string => `/proposals/${encodeURIComponent(proposalId)}`;

export const editProposalPath = (proposalId: string): string => `${proposalPath(proposalId)}/edit`;
