import { DomainEvent } from '@hyeopchi/domain-kernel';
import { ThresholdPolicy, TierMeasure, TierName } from '../threshold-policy/events';

export interface ProposalContent {
  title: string;
  body: string;
  /** Master plan strategies or detailed policies it serves. */
  serves: string[];
  /** Departments asked to answer. */
  departments: string[];
  district: string;
}

export type ProposalDrafted = DomainEvent<
  'proposal.drafted.v1',
  ProposalContent & {
    proposalId: string;
    /** The space it is made in (revision 2; drafts from before spaces were the city's). */
    spaceId: string;
    authorId: string;
    organizationId: string | null;
    draftedAt: string;
  }
>;
export type ProposalEdited = DomainEvent<
  'proposal.edited.v1',
  ProposalContent & { proposalId: string; editedAt: string }
>;
export type ProposalSubmitted = DomainEvent<
  'proposal.submitted.v1',
  { proposalId: string; policy: ThresholdPolicy; submittedAt: string; supportWindowClosesAt: string }
>;
export type ProposalSupported = DomainEvent<
  'proposal.supported.v1',
  { proposalId: string; supporterId: string; supports: number; supportedAt: string }
>;
export type ProposalSupportWithdrawn = DomainEvent<
  'proposal.support_withdrawn.v1',
  { proposalId: string; supporterId: string; supports: number; withdrawnAt: string }
>;
export type ProposalTierReached = DomainEvent<
  'proposal.tier_reached.v1',
  {
    proposalId: string;
    /** The space whose policy it climbs (revision 2). */
    spaceId: string;
    tier: TierName;
    measure: TierMeasure;
    threshold: number;
    count: number;
    policyVersion: number;
    /** The departments the proposal asks: the department tier opens a review in each, the first one leading. */
    departments: string[];
    reachedAt: string;
  }
>;
/** Participants of the public forum so far; the forum-participants tier counts them. */
export type ProposalForumHeld = DomainEvent<
  'proposal.forum_held.v1',
  { proposalId: string; participants: number; recordedAt: string }
>;
export type ProposalAnswerReceived = DomainEvent<
  'proposal.answer_received.v1',
  { proposalId: string; reviewId: string; department: string; outcome: string; receivedAt: string }
>;
export type ProposalAmended = DomainEvent<
  'proposal.amended.v1',
  { proposalId: string; title: string; body: string; reason: string; amendedAt: string }
>;
export type ProposalWithdrawn = DomainEvent<
  'proposal.withdrawn.v1',
  { proposalId: string; reason: string; withdrawnAt: string }
>;

/** Where a proposal goes next, by a committee's decision: up to the city, or down to a district. */
interface Move {
  proposalId: string;
  fromSpaceId: string;
  toSpaceId: string;
  /** The decision that moved it, in the committee's log. */
  decisionId: string;
}
export type ProposalReferred = DomainEvent<'proposal.referred.v1', Move & { referredAt: string }>;
export type ProposalDelegated = DomainEvent<'proposal.delegated.v1', Move & { delegatedAt: string }>;

export type ProposalEvent =
  | ProposalDrafted
  | ProposalEdited
  | ProposalSubmitted
  | ProposalSupported
  | ProposalSupportWithdrawn
  | ProposalTierReached
  | ProposalForumHeld
  | ProposalAnswerReceived
  | ProposalAmended
  | ProposalWithdrawn
  | ProposalReferred
  | ProposalDelegated;
