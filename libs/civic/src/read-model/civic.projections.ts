import { EntityManager } from 'typeorm';
import {
  MembershipRequest,
  Organization,
  OrganizationMember,
  PROPOSAL_STAGES,
  Proposal,
  ProposalStatus,
  Supporter,
} from './civic.entities';
import { CivicEvent } from '@hyeopchi/civic/contract';
import { ProjectionsOf, announce, changeRow } from '@hyeopchi/gateway-kit';

/** Moves a proposal on, never back: events from other services may arrive in any order. */
export async function advanceProposal(
  manager: EntityManager,
  proposalId: string,
  status: ProposalStatus,
): Promise<void> {
  const moved: unknown[] = await manager.query(
    `INSERT INTO proposals (id, status, stage) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET status = $2, stage = $3, updated_at = now()
     WHERE proposals.stage < $3
     RETURNING id`,
    [proposalId, status, PROPOSAL_STAGES[status]],
  );
  if (moved.length > 0) await announce(manager, { kind: 'proposal_status', proposalId, status });
}

async function changeProposal(manager: EntityManager, proposalId: string, change: Partial<Proposal>) {
  await manager.upsert(Proposal, { id: proposalId, ...change, updatedAt: new Date() }, ['id']);
}

export const civicProjections: ProjectionsOf<CivicEvent> = {
  'organization.registered.v1': ({ organizationId, name, district, registeredAt }, manager) =>
    manager.upsert(Organization, { id: organizationId, name, district, registeredAt }, ['id']),
  'organization.verified.v1': ({ organizationId }, manager) =>
    manager.update(Organization, { id: organizationId }, { verified: true }),
  'organization.renamed.v1': ({ organizationId, name }, manager) =>
    manager.update(Organization, { id: organizationId }, { name }),
  'organization.member_joined.v1': async ({ organizationId, memberId, role, joinedAt }, manager) => {
    await manager.upsert(OrganizationMember, { organizationId, memberId, role, joinedAt }, [
      'organizationId',
      'memberId',
    ]);
    // an administrator adding someone who had asked answers their request (an approval has answered it already)
    await manager.update(
      MembershipRequest,
      { organizationId, requesterId: memberId, status: 'pending' },
      { status: 'approved', answeredAt: new Date(joinedAt) },
    );
  },
  'organization.member_left.v1': ({ organizationId, memberId }, manager) =>
    manager.delete(OrganizationMember, { organizationId, memberId }),
  'organization.membership_requested.v1': ({ organizationId, requesterId, requestedAt }, manager) =>
    manager.upsert(
      MembershipRequest,
      {
        organizationId,
        requesterId,
        status: 'pending',
        requestedAt: new Date(requestedAt),
        answeredAt: null,
        answeredBy: null,
        declinedReason: null,
      },
      ['organizationId', 'requesterId'],
    ),
  'organization.membership_approved.v1': ({ organizationId, requesterId, approvedBy, approvedAt }, manager) =>
    manager.update(
      MembershipRequest,
      { organizationId, requesterId },
      { status: 'approved', answeredAt: new Date(approvedAt), answeredBy: approvedBy },
    ),
  'organization.membership_declined.v1': (
    { organizationId, requesterId, reason, declinedBy, declinedAt },
    manager,
  ) =>
    manager.update(
      MembershipRequest,
      { organizationId, requesterId },
      {
        status: 'declined',
        answeredAt: new Date(declinedAt),
        answeredBy: declinedBy,
        declinedReason: reason,
      },
    ),
  'organization.membership_request_withdrawn.v1': ({ organizationId, requesterId, withdrawnAt }, manager) =>
    manager.update(
      MembershipRequest,
      { organizationId, requesterId },
      { status: 'withdrawn', answeredAt: new Date(withdrawnAt) },
    ),

  'proposal.drafted.v1': async (data, manager) => {
    // another service's event may have moved it on already: its subscribers hear of it once it has a title
    const overtaken = await manager.findOneBy(Proposal, { id: data.proposalId });
    await changeProposal(manager, data.proposalId, {
      title: data.title,
      body: data.body,
      authorId: data.authorId,
      organizationId: data.organizationId,
      serves: data.serves,
      departments: data.departments,
      district: data.district,
      draftedAt: new Date(data.draftedAt),
    });
    if (overtaken && overtaken.stage > PROPOSAL_STAGES.draft) {
      await announce(manager, {
        kind: 'proposal_status',
        proposalId: data.proposalId,
        status: overtaken.status,
      });
    }
  },
  'proposal.edited.v1': ({ proposalId, title, body, serves, departments, district }, manager) =>
    changeProposal(manager, proposalId, { title, body, serves, departments, district }),
  'proposal.amended.v1': ({ proposalId, title, body }, manager) =>
    changeProposal(manager, proposalId, { title, body }),
  'proposal.submitted.v1': async ({ proposalId, policy, submittedAt, supportWindowClosesAt }, manager) => {
    await changeProposal(manager, proposalId, {
      policyVersion: policy.version,
      submittedAt: new Date(submittedAt),
      supportWindowClosesAt: new Date(supportWindowClosesAt),
      supportThresholds: policy.tiers
        .filter((tier: { measure: string }) => tier.measure === 'supports')
        .map((tier: { threshold: number }) => tier.threshold),
    });
    await advanceProposal(manager, proposalId, 'collecting_support');
  },
  'proposal.supported.v1': async ({ proposalId, supporterId, supports, supportedAt }, manager) => {
    await manager.upsert(Supporter, { proposalId, supporterId, supportedAt }, ['proposalId', 'supporterId']);
    await changeProposal(manager, proposalId, { supports });
  },
  'proposal.support_withdrawn.v1': async ({ proposalId, supporterId, supports }, manager) => {
    await manager.delete(Supporter, { proposalId, supporterId });
    await changeProposal(manager, proposalId, { supports });
  },
  'proposal.tier_reached.v1': async (data, manager) => {
    const { tier, measure, threshold, count, reachedAt } = data;
    await changeRow(manager, Proposal, { id: data.proposalId }, ({ tiersReached }) => ({
      tiersReached: [...tiersReached, { tier, measure, threshold, count, reachedAt }],
    }));
    if (data.tier === 'department_answer') await advanceProposal(manager, data.proposalId, 'under_review');
  },
  'proposal.forum_held.v1': ({ proposalId, participants }, manager) =>
    changeProposal(manager, proposalId, { forumParticipants: participants }),
  'proposal.answer_received.v1': async (
    { proposalId, reviewId, department, outcome, receivedAt },
    manager,
  ) => {
    await changeRow(manager, Proposal, { id: proposalId }, ({ answers }) => ({
      answers: [...answers, { reviewId, department, outcome, receivedAt }],
    }));
    await advanceProposal(manager, proposalId, 'answered');
  },
  'proposal.withdrawn.v1': async ({ proposalId, reason }, manager) => {
    await changeProposal(manager, proposalId, { withdrawnReason: reason });
    await advanceProposal(manager, proposalId, 'withdrawn');
  },
};
