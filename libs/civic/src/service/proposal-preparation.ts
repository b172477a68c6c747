import {
  OrganizationState,
  ProposalState,
  THRESHOLD_POLICY_STREAM,
  organizationDecider,
  proposalDecider,
  thresholdPolicyDecider,
} from '@hyeopchi/civic/domain';
import { proposalAggregate } from '@hyeopchi/civic/contract';
import { registeredDepartmentSpaces } from './department-directory';
import { AcceptedCommand, PreparedCommand, StreamReader, stateOf } from '@hyeopchi/command-processing';
import { DomainError } from '@hyeopchi/domain-kernel';

type ProposalCommand = AcceptedCommand<(typeof proposalAggregate.commands)[number]>;

/**
 * A proposal is submitted under the threshold policy in force at that moment, and keeps it for life. What is said in
 * an organization's name is decided with its members as the organization's own events list them now. A draft names
 * departments as the directory registers them now.
 */
export async function prepareProposalCommand(
  command: ProposalCommand,
  streams: StreamReader,
): Promise<PreparedCommand> {
  const { type, data } = command;
  if (
    type !== 'DraftProposal' &&
    type !== 'EditProposal' &&
    type !== 'SubmitProposal' &&
    type !== 'AmendProposal'
  ) {
    return { data };
  }
  const organization =
    type === 'DraftProposal' ? data.organizationId : await organizationOfProposal(streams, data.proposalId);
  const organizationMembers = await membersOf(streams, organization);
  const policy = type === 'SubmitProposal' ? { policy: await policyInForce(streams) } : {};
  const departments =
    type === 'DraftProposal' || type === 'EditProposal'
      ? { departmentSpaces: await registeredDepartmentSpaces(streams, data.departments) }
      : {};
  return { data: { ...data, organizationMembers, ...policy, ...departments } };
}

/** Null for a proposal of its author alone, or one that does not exist (the decider refuses that). */
async function organizationOfProposal(streams: StreamReader, proposalId: string): Promise<string | null> {
  const proposal: ProposalState = stateOf(
    proposalDecider,
    await streams.readStream(`proposal-${proposalId}`),
  );
  return proposal.status === 'none' ? null : proposal.organizationId;
}

async function membersOf(streams: StreamReader, organizationId: string | null): Promise<string[]> {
  if (organizationId === null) return [];
  const organization: OrganizationState = stateOf(
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
