import {
  ProposalState,
  ProposalCommand,
  ProposalEvent,
  ProposalTierReached,
  ThresholdPolicies,
  ThresholdPolicyCommand,
  ThresholdPolicyEvent,
  proposalDecider,
  seoulDayOf,
  standingSpace,
  thresholdPolicyDecider,
} from '@hyeopchi/civic/domain';
import {
  ANYONE,
  Aggregate,
  ReplayedStreams,
  by,
  replayedStreams,
} from '@hyeopchi/audit-verifier/replay-rules';

export const thresholdPolicies: Aggregate<ThresholdPolicyCommand, ThresholdPolicyEvent, ThresholdPolicies> = {
  decider: thresholdPolicyDecider,
  commands: {
    'threshold_policy.adopted.v1': ({
      data: { spaceId, supportWindowDays, tiers, takesEffectAt, adoptedBy, adoptedAt },
    }) => ({
      type: 'AdoptThresholdPolicy',
      data: {
        spaceId,
        supportWindowDays,
        tiers,
        takesEffectOn: takesEffectAt === adoptedAt ? null : seoulDayOf(new Date(takesEffectAt)),
        ...inKnownSpace(spaceId),
      },
      metadata: by(adoptedBy, adoptedAt),
    }),
  },
};

// Author-only events do not record who acted: they are replayed as the author's, so authorship goes unchecked.
const authorOf = (proposal: ProposalState) => (proposal.status === 'none' ? ANYONE : proposal.authorId);
const spaceOf = (proposal: ProposalState) => (proposal.status === 'none' ? ANYONE : proposal.spaceId);
// Membership of the organization a proposal speaks for is in the organization's stream, which one stream's replay
// cannot read: the actor is replayed as a member, so membership goes unchecked here too.
const asMember = (actor: string) => ({ organizationMembers: [actor] });
// A council is known from its own stream: a space that is not the city's or a district's is replayed as a council.
const inKnownSpace = (spaceId: string) => ({
  space: standingSpace(spaceId) ?? {
    id: spaceId,
    kind: 'council' as const,
    nameKo: spaceId,
    nameEn: spaceId,
  },
});
// The directory's registrations are in the departments' own streams too: the named departments are replayed as
// registered, in the proposal's space.
const asRegistered = (departments: readonly string[], spaceId: string) => ({
  departmentSpaces: Object.fromEntries(departments.map((department) => [department, spaceId])),
});
export const proposals: Aggregate<ProposalCommand, ProposalEvent, ProposalState> = {
  decider: proposalDecider,
  commands: {
    'proposal.drafted.v1': ({ data: { authorId, draftedAt, ...data } }) => ({
      type: 'DraftProposal',
      data: {
        ...data,
        ...asMember(authorId),
        ...inKnownSpace(data.spaceId),
        ...asRegistered(data.departments, data.spaceId),
      },
      metadata: by(authorId, draftedAt),
    }),
    'proposal.edited.v1': ({ data: { editedAt, ...data } }, state) => ({
      type: 'EditProposal',
      data: { ...data, ...asMember(authorOf(state)), ...asRegistered(data.departments, spaceOf(state)) },
      metadata: by(authorOf(state), editedAt),
    }),
    'proposal.submitted.v1': ({ data: { proposalId, policy, submittedAt } }, state) => ({
      type: 'SubmitProposal',
      // replayed as the version in force when it was submitted: the policy's own stream is replayed on its own
      data: {
        proposalId,
        policies: { versions: [{ ...policy, spaceId: spaceOf(state), takesEffectAt: submittedAt }] },
        ...asMember(authorOf(state)),
      },
      metadata: by(authorOf(state), submittedAt),
    }),
    'proposal.supported.v1': ({ data: { proposalId, supporterId, supportedAt } }) => ({
      type: 'SupportProposal',
      data: { proposalId },
      metadata: by(supporterId, supportedAt),
    }),
    'proposal.support_withdrawn.v1': ({ data: { proposalId, supporterId, withdrawnAt } }) => ({
      type: 'WithdrawSupport',
      data: { proposalId },
      metadata: by(supporterId, withdrawnAt),
    }),
    'proposal.tier_reached.v1': null,
    'proposal.forum_held.v1': ({ data: { proposalId, participants, recordedAt } }) => ({
      type: 'RecordForumParticipation',
      data: { proposalId, participants },
      metadata: by(ANYONE, recordedAt),
    }),
    'proposal.answer_received.v1': ({ data: { receivedAt, ...data } }) => ({
      type: 'RecordAnswer',
      data,
      metadata: by(ANYONE, receivedAt),
    }),
    'proposal.amended.v1': ({ data: { amendedAt, ...data } }, state) => ({
      type: 'AmendProposal',
      data: { ...data, ...asMember(authorOf(state)) },
      metadata: by(authorOf(state), amendedAt),
    }),
    'proposal.withdrawn.v1': ({ data: { withdrawnAt, ...data } }, state) => ({
      type: 'WithdrawProposal',
      data,
      metadata: by(authorOf(state), withdrawnAt),
    }),
    'proposal.referred.v1': ({ data: { proposalId, toSpaceId, decisionId, referredAt } }) => ({
      type: 'ReferProposal',
      data: { proposalId, toSpaceId, decisionId, ...inKnownSpace(toSpaceId) },
      metadata: by(ANYONE, referredAt),
    }),
    'proposal.delegated.v1': ({ data: { proposalId, toSpaceId, decisionId, delegatedAt } }) => ({
      type: 'DelegateProposal',
      data: { proposalId, toSpaceId, decisionId, ...inKnownSpace(toSpaceId) },
      metadata: by(ANYONE, delegatedAt),
    }),
  },
  inspect: (event, proposal) =>
    event.type === 'proposal.tier_reached.v1' ? tierMismatch(event.data, proposal) : undefined,
};

/** A tier against the supports or participants replayed so far, under the policy version the proposal carries. */
function tierMismatch(reached: ProposalTierReached['data'], proposal: ProposalState): string | undefined {
  const about = `proposal ${reached.proposalId}`;
  if (proposal.status !== 'submitted')
    return `${about} reached tier ${reached.tier} while ${proposal.status}`;
  const { policy } = proposal;
  if (reached.policyVersion !== policy.version) {
    return `${about} reached tier ${reached.tier} under policy version ${reached.policyVersion}, but it was submitted under version ${policy.version}`;
  }
  const rule = policy.tiers.find((tier) => tier.tier === reached.tier);
  if (!rule)
    return `${about} reached tier ${reached.tier}, which policy version ${policy.version} does not have`;
  const [count, measured] =
    rule.measure === 'supports'
      ? [proposal.supporters.size, 'supports']
      : [proposal.forumParticipants, 'forum participants'];
  if (count < rule.threshold) {
    return `${about} reached tier ${reached.tier} with ${count} ${measured}, below the threshold ${rule.threshold} of policy version ${policy.version}`;
  }
  return undefined;
}

/** What the offline verifier replays of civic's log: the threshold policy and every proposal. */
export const civicReplays: ReplayedStreams[] = [
  replayedStreams((id) => id === 'threshold-policy' || id.startsWith('threshold-policy@'), thresholdPolicies),
  replayedStreams((id) => id.startsWith('proposal-'), proposals),
];
