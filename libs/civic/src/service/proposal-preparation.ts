import {
  OrganizationState,
  ProposalState,
  organizationDecider,
  proposalDecider,
  thresholdPolicyDecider,
  thresholdPolicyStream,
} from '@hyeopchi/civic/domain';
import { proposalAggregate } from '@hyeopchi/civic/contract';
import { registeredDepartmentSpaces } from './department-directory';
import { AcceptedCommand, PreparedCommand, StreamReader, stateOf } from '@hyeopchi/command-processing';
import { spaceNamed } from './space-lookup';

type ProposalCommand = AcceptedCommand<(typeof proposalAggregate.commands)[number]>;

/**
 * A proposal is submitted under the threshold policy in force in its space at that moment, and keeps it for life.
 * What is said in an organization's name is decided with its members as the organization's own events list them now.
 * A draft names departments as the directory registers them now.
 */
export async function prepareProposalCommand(
  command: ProposalCommand,
  streams: StreamReader,
): Promise<PreparedCommand> {
  const { type, data } = command;
  if (type === 'ReferProposal' || type === 'DelegateProposal') {
    return { data: { ...data, space: await spaceNamed(streams, data.toSpaceId) } };
  }
  if (
    type !== 'DraftProposal' &&
    type !== 'EditProposal' &&
    type !== 'SubmitProposal' &&
    type !== 'AmendProposal'
  ) {
    return { data };
  }
  const departments =
    type === 'DraftProposal' || type === 'EditProposal'
      ? { departmentSpaces: await registeredDepartmentSpaces(streams, data.departments) }
      : {};
  if (type === 'DraftProposal') {
    const organizationMembers = await membersOf(streams, data.organizationId);
    const space = await spaceNamed(streams, data.spaceId);
    return { data: { ...data, organizationMembers, space, ...departments } };
  }
  const proposal = await proposalOf(streams, data.proposalId);
  const organizationMembers = await membersOf(
    streams,
    proposal.status === 'none' ? null : proposal.organizationId,
  );
  const policies =
    type === 'SubmitProposal' && proposal.status !== 'none'
      ? {
          policies: stateOf(
            thresholdPolicyDecider,
            await streams.readStream(thresholdPolicyStream(proposal.spaceId)),
          ),
        }
      : {};
  return { data: { ...data, organizationMembers, ...policies, ...departments } };
}

async function proposalOf(streams: StreamReader, proposalId: string): Promise<ProposalState> {
  return stateOf(proposalDecider, await streams.readStream(`proposal-${proposalId}`));
}

async function membersOf(streams: StreamReader, organizationId: string | null): Promise<string[]> {
  if (organizationId === null) return [];
  const organization: OrganizationState = stateOf(
    organizationDecider,
    await streams.readStream(`organization-${organizationId}`),
  );
  return organization.status === 'unregistered' ? [] : Object.keys(organization.members);
}
