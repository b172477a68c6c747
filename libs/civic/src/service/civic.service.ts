import {
  THRESHOLD_POLICY_STREAM,
  organizationDecider,
  proposalDecider,
  thresholdPolicyDecider,
} from '@hyeopchi/civic/domain';
import {
  stateOf,
  CommandRoute,
  ProcessManager,
  ServiceDefinition,
  StreamReader,
  correlationOfFirstEvent,
} from '@hyeopchi/command-processing';
import { DomainError } from '@hyeopchi/domain-kernel';
import { EventEnvelope } from '@hyeopchi/messaging';
import { z } from 'zod';
import { identifier, identifiers, text } from '@hyeopchi/contract-kit';

const organizationId = { organizationId: identifier };
const organizations: CommandRoute = {
  context: 'civic',
  aggregate: 'organization',
  streamId: (data) => `organization-${data.organizationId}`,
  decider: organizationDecider,
  commands: {
    RegisterOrganization: z.object({ ...organizationId, name: text(200), district: text(100) }).strict(),
    VerifyOrganization: z.object(organizationId).strict(),
    JoinOrganization: z
      .object({ ...organizationId, memberId: identifier, role: z.enum(['cso_admin', 'cso_member']) })
      .strict(),
    LeaveOrganization: z.object({ ...organizationId, memberId: identifier }).strict(),
    RequestMembership: z.object(organizationId).strict(),
    ApproveMembership: z.object({ ...organizationId, requesterId: identifier }).strict(),
    DeclineMembership: z.object({ ...organizationId, requesterId: identifier, reason: text(2_000) }).strict(),
    WithdrawMembershipRequest: z.object(organizationId).strict(),
  },
};

const tier = z
  .object({
    tier: z.enum(['department_answer', 'public_forum', 'mayor_answer']),
    measure: z.enum(['supports', 'forum_participants']),
    threshold: z.number().int().min(1).max(10_000_000),
  })
  .strict();
const thresholdPolicies: CommandRoute = {
  context: 'civic',
  aggregate: 'threshold policy',
  streamId: () => THRESHOLD_POLICY_STREAM,
  decider: thresholdPolicyDecider,
  commands: {
    AdoptThresholdPolicy: z
      .object({ supportWindowDays: z.number().int(), tiers: z.array(tier).min(1).max(3) })
      .strict(),
  },
};

const proposalId = { proposalId: identifier };
const content = {
  title: text(200),
  body: text(20_000),
  serves: identifiers(30),
  departments: identifiers(30),
  district: text(100),
};
const proposals: CommandRoute = {
  context: 'civic',
  aggregate: 'proposal',
  streamId: (data) => `proposal-${data.proposalId}`,
  decider: proposalDecider,
  correlationOf: correlationOfFirstEvent,
  commands: {
    DraftProposal: z.object({ ...proposalId, ...content, organizationId: identifier.nullable() }).strict(),
    EditProposal: z.object({ ...proposalId, ...content }).strict(),
    SubmitProposal: z.object(proposalId).strict(),
    SupportProposal: z.object(proposalId).strict(),
    WithdrawSupport: z.object(proposalId).strict(),
    RecordForumParticipation: z
      .object({ ...proposalId, participants: z.number().int().min(0).max(100_000_000) })
      .strict(),
    RecordAnswer: z
      .object({ ...proposalId, reviewId: identifier, department: identifier, outcome: identifier })
      .strict(),
    AmendProposal: z
      .object({ ...proposalId, title: text(200), body: text(20_000), reason: text(2_000) })
      .strict(),
    WithdrawProposal: z.object({ ...proposalId, reason: text(2_000) }).strict(),
  },
  /**
   * A proposal is submitted under the threshold policy in force at that moment, and keeps it for life. What is
   * said in an organization's name is decided with its members as the organization's own events list them now.
   */
  prepare: async (type, data, streams) => {
    if (!SAID_FOR_THE_ORGANIZATION.has(type)) return { data };
    const organization =
      type === 'DraftProposal'
        ? (data.organizationId as string | null)
        : await organizationOfProposal(streams, data.proposalId as string);
    const organizationMembers = await membersOf(streams, organization);
    const policy = type === 'SubmitProposal' ? { policy: await policyInForce(streams) } : {};
    return { data: { ...data, organizationMembers, ...policy } };
  },
};

const SAID_FOR_THE_ORGANIZATION = new Set([
  'DraftProposal',
  'EditProposal',
  'SubmitProposal',
  'AmendProposal',
]);

/** Null for a proposal of its author alone, or one that does not exist (the decider refuses that). */
async function organizationOfProposal(streams: StreamReader, proposalId: string): Promise<string | null> {
  const proposal = stateOf(proposalDecider, await streams.readStream(`proposal-${proposalId}`));
  return proposal.status === 'none' ? null : proposal.organizationId;
}

async function membersOf(streams: StreamReader, organizationId: string | null): Promise<string[]> {
  if (organizationId === null) return [];
  const organization = stateOf(
    organizationDecider,
    await streams.readStream(`organization-${organizationId}`),
  );
  return organization.status === 'unregistered' ? [] : Object.keys(organization.members);
}

async function policyInForce(streams: StreamReader) {
  const history = await streams.readStream(THRESHOLD_POLICY_STREAM);
  const { current } = stateOf(thresholdPolicyDecider, history);
  if (!current) {
    throw new DomainError(
      'NO_THRESHOLD_POLICY',
      'no threshold policy is adopted yet: an admin adopts one first',
    );
  }
  return current;
}

/** A department's answer reaches the proposal it answers, so its author may amend it. */
const answersToProposals: ProcessManager = {
  name: 'civic.answers-to-proposals',
  context: 'civic',
  listensTo: ['department'],
  react: async (event: EventEnvelope) => {
    if (event.type !== 'review.answered.v1') return [];
    const { proposalId, reviewId, department, outcome } = event.data as Record<string, string>;
    return [{ type: 'RecordAnswer', data: { proposalId, reviewId, department, outcome } }];
  },
};

export const civicService: ServiceDefinition = {
  context: 'civic',
  routes: [organizations, thresholdPolicies, proposals],
  processManagers: [answersToProposals],
  scheduledTasks: [],
};
