import { CommandSender } from '@hyeopchi/command-processing';
import { benchProposalId, prepareProposals } from './proposals';

/** The popular proposal, and the one whose ten supports its journey is held against. */
export const POPULAR_PROPOSAL = benchProposalId(0);
export const TEN_SUPPORTS_PROPOSAL = benchProposalId(1);

/**
 * Both under a policy whose department tier comes at the tenth support, as a city's would come early in a popular
 * proposal's life: each has a review open when its journey goes on to the department's answer.
 */
export const prepareHotProposals = (sender: CommandSender) => prepareProposals(sender, 2, 10);
