/** The proposal the tests draft, as `DraftProposal` data and the `draftProposal` mutation's input both take it. */
export const proposalDraft = (proposalId: string, organizationId: string | null = null) => ({
  proposalId,
  title: 'Shade canopies',
  body: 'Shade in three parks before the summer heat.',
  serves: ['strategy-5'],
  departments: ['parks'],
  district: 'Mapo-gu',
  organizationId,
});

/** A threshold policy under which one support takes a submitted proposal to its departments (a review opens). */
export const ONE_SUPPORT_OPENS_A_REVIEW = {
  supportWindowDays: 30,
  tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 1 }],
};
