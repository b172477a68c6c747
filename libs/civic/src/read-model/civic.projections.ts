import {
  MembershipRequest,
  Organization,
  OrganizationMember,
  PROPOSAL_STAGES,
  Proposal,
  ProposalStatus,
  Supporter,
} from './civic.entities';
import { ThresholdPolicyVersion } from './threshold-policy.entities';
import { PersonProfile } from './people.entities';
import { Council } from './space.entities';
import { departmentDirectoryProjections } from './department.projections';
import { CivicEvent } from '@hyeopchi/civic/contract';
import { ProjectionsOf, ReadModelUnit, changeRow } from '@hyeopchi/gateway-kit';

/** Moves a proposal on, never back: events from other services may arrive in any order. */
export async function advanceProposal(
  unit: ReadModelUnit,
  proposalId: string,
  status: ProposalStatus,
): Promise<void> {
  const stage = PROPOSAL_STAGES[status];
  const proposal = await unit.get(Proposal, { id: proposalId });
  if (proposal && proposal.stage >= stage) return;
  if (proposal) await unit.update(Proposal, { id: proposalId }, { status, stage, updatedAt: new Date() });
  else await unit.upsert(Proposal, { id: proposalId, status, stage });
  unit.announce({ kind: 'proposal_status', proposalId, status });
}

function changeProposal(unit: ReadModelUnit, proposalId: string, change: Partial<Proposal>) {
  return unit.upsert(Proposal, { id: proposalId, ...change, updatedAt: new Date() });
}

function verifyOrganization(
  unit: ReadModelUnit,
  organizationId: string,
  { verifiedBy, verifiedAt, note }: { verifiedBy: string; verifiedAt: string; note: string | null },
) {
  return unit.update(
    Organization,
    { id: organizationId },
    {
      verified: true,
      verificationNote: note,
      verifiedAt: new Date(verifiedAt),
      verifiedBy,
      verificationRevokedReason: null,
      verificationRevokedAt: null,
    },
  );
}

export const civicProjections: ProjectionsOf<CivicEvent> = {
  ...departmentDirectoryProjections,
  'organization.registered.v1': ({ organizationId, name, district, registeredAt }, unit) =>
    unit.upsert(Organization, { id: organizationId, name, district, registeredAt: new Date(registeredAt) }),
  'organization.verified.v1': ({ organizationId, verifiedBy, verifiedAt }, unit) =>
    verifyOrganization(unit, organizationId, { verifiedBy, verifiedAt, note: null }),
  'organization.verified.v2': ({ organizationId, note, verifiedBy, verifiedAt }, unit) =>
    verifyOrganization(unit, organizationId, { verifiedBy, verifiedAt, note }),
  'organization.verification_revoked.v1': ({ organizationId, reason, revokedAt }, unit) =>
    unit.update(
      Organization,
      { id: organizationId },
      {
        verified: false,
        verificationNote: null,
        verifiedAt: null,
        verifiedBy: null,
        verificationRevokedReason: reason,
        verificationRevokedAt: new Date(revokedAt),
      },
    ),
  'organization.renamed.v1': ({ organizationId, name }, unit) =>
    unit.update(Organization, { id: organizationId }, { name }),
  'organization.member_joined.v1': async ({ organizationId, memberId, role, joinedAt }, unit) => {
    await unit.upsert(OrganizationMember, { organizationId, memberId, role, joinedAt: new Date(joinedAt) });
    // an administrator adding someone who had asked answers their request (an approval has answered it already)
    const request = { organizationId, requesterId: memberId };
    if ((await unit.get(MembershipRequest, request))?.status === 'pending')
      await unit.update(MembershipRequest, request, { status: 'approved', answeredAt: new Date(joinedAt) });
  },
  'organization.member_left.v1': ({ organizationId, memberId }, unit) =>
    unit.delete(OrganizationMember, { organizationId, memberId }),
  'organization.membership_requested.v1': ({ organizationId, requesterId, requestedAt }, unit) =>
    unit.upsert(MembershipRequest, {
      organizationId,
      requesterId,
      status: 'pending',
      requestedAt: new Date(requestedAt),
      answeredAt: null,
      answeredBy: null,
      declinedReason: null,
    }),
  'organization.membership_approved.v1': ({ organizationId, requesterId, approvedBy, approvedAt }, unit) =>
    unit.update(
      MembershipRequest,
      { organizationId, requesterId },
      { status: 'approved', answeredAt: new Date(approvedAt), answeredBy: approvedBy },
    ),
  'organization.membership_declined.v1': (
    { organizationId, requesterId, reason, declinedBy, declinedAt },
    unit,
  ) =>
    unit.update(
      MembershipRequest,
      { organizationId, requesterId },
      {
        status: 'declined',
        answeredAt: new Date(declinedAt),
        answeredBy: declinedBy,
        declinedReason: reason,
      },
    ),
  'organization.membership_request_withdrawn.v1': ({ organizationId, requesterId, withdrawnAt }, unit) =>
    unit.update(
      MembershipRequest,
      { organizationId, requesterId },
      { status: 'withdrawn', answeredAt: new Date(withdrawnAt) },
    ),

  'threshold_policy.adopted.v1': (
    { spaceId, version, supportWindowDays, tiers, takesEffectAt, adoptedBy, adoptedAt },
    unit,
  ) =>
    unit.upsert(ThresholdPolicyVersion, {
      spaceId,
      version,
      takesEffectAt: new Date(takesEffectAt),
      supportWindowDays,
      tiers,
      adoptedBy,
      adoptedAt: new Date(adoptedAt),
    }),
  'proposal.drafted.v1': async (data, unit) => {
    // another service's event may have moved it on already: its subscribers hear of it once it has a title
    const overtaken = await unit.get(Proposal, { id: data.proposalId });
    await changeProposal(unit, data.proposalId, {
      title: data.title,
      body: data.body,
      spaceId: data.spaceId,
      authorId: data.authorId,
      organizationId: data.organizationId,
      serves: data.serves,
      departments: data.departments,
      district: data.district,
      draftedAt: new Date(data.draftedAt),
    });
    if (overtaken && overtaken.stage > PROPOSAL_STAGES.draft) {
      unit.announce({ kind: 'proposal_status', proposalId: data.proposalId, status: overtaken.status });
    }
  },
  'proposal.edited.v1': ({ proposalId, title, body, serves, departments, district }, unit) =>
    changeProposal(unit, proposalId, { title, body, serves, departments, district }),
  'proposal.amended.v1': ({ proposalId, title, body }, unit) =>
    changeProposal(unit, proposalId, { title, body }),
  'proposal.submitted.v1': async ({ proposalId, policy, submittedAt, supportWindowClosesAt }, unit) => {
    // its drafted event came first, in the same stream
    const drafted = await unit.get(Proposal, { id: proposalId });
    await changeProposal(unit, proposalId, {
      policyVersion: policy.version,
      policySpaceId: drafted?.spaceId ?? null,
      submittedAt: new Date(submittedAt),
      supportWindowClosesAt: new Date(supportWindowClosesAt),
      supportThresholds: policy.tiers
        .filter((tier: { measure: string }) => tier.measure === 'supports')
        .map((tier: { threshold: number }) => tier.threshold),
    });
    await advanceProposal(unit, proposalId, 'collecting_support');
  },
  'proposal.supported.v1': async ({ proposalId, supporterId, supports, supportedAt }, unit) => {
    await unit.upsert(Supporter, { proposalId, supporterId, supportedAt: new Date(supportedAt) });
    await changeProposal(unit, proposalId, { supports });
  },
  'proposal.support_withdrawn.v1': async ({ proposalId, supporterId, supports }, unit) => {
    await unit.delete(Supporter, { proposalId, supporterId });
    await changeProposal(unit, proposalId, { supports });
  },
  'proposal.tier_reached.v1': async (data, unit) => {
    const { tier, measure, threshold, count, reachedAt } = data;
    await changeRow(unit, Proposal, { id: data.proposalId }, ({ tiersReached }) => ({
      tiersReached: [...tiersReached, { tier, measure, threshold, count, reachedAt }],
    }));
    if (data.tier === 'department_answer') await advanceProposal(unit, data.proposalId, 'under_review');
  },
  'proposal.referred.v1': ({ proposalId, toSpaceId }, unit) =>
    changeProposal(unit, proposalId, { spaceId: toSpaceId }),
  'proposal.delegated.v1': ({ proposalId, toSpaceId }, unit) =>
    changeProposal(unit, proposalId, { spaceId: toSpaceId }),
  'council.created.v1': ({ councilId, nameKo, nameEn, theme, createdAt }, unit) =>
    unit.upsert(Council, { id: councilId, nameKo, nameEn, theme, createdAt: new Date(createdAt) }),
  'proposal.forum_held.v1': ({ proposalId, participants }, unit) =>
    changeProposal(unit, proposalId, { forumParticipants: participants }),
  'proposal.answer_received.v1': async ({ proposalId, reviewId, department, outcome, receivedAt }, unit) => {
    await changeRow(unit, Proposal, { id: proposalId }, ({ answers }) => ({
      answers: [...answers, { reviewId, department, outcome, receivedAt }],
    }));
    await advanceProposal(unit, proposalId, 'answered');
  },
  'proposal.withdrawn.v1': async ({ proposalId, reason }, unit) => {
    await changeProposal(unit, proposalId, { withdrawnReason: reason });
    await advanceProposal(unit, proposalId, 'withdrawn');
  },

  'person.named.v1': ({ personId, displayName, role }, unit) =>
    unit.upsert(PersonProfile, { id: personId, displayName, namedAs: role }),
};
