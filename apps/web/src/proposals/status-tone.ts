import type { ChipTone } from '../design/chip';
import type { ProposalStatus } from '../gql/graphql';

/** The tint of each stage: whose move it is (supporters, a department, the committee), then carried out or ended. */
export const STATUS_TONE: Record<ProposalStatus, ChipTone> = {
  draft: 'neutral',
  collecting_support: 'open',
  under_review: 'waiting',
  answered: 'waiting',
  on_committee_agenda: 'committee',
  decided: 'committee',
  implementing: 'active',
  implemented: 'done',
  withdrawn: 'neutral',
};
