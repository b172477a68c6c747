import { PROPOSAL_LIMITS, ThresholdPolicy, proposalDecider } from '@hyeopchi/civic/domain';
import {
  ID_RULE,
  defineAggregate,
  defineCommand,
  foundByTheService,
  identifier,
  identifiers,
  text,
} from '@hyeopchi/contract-kit';
import { PEOPLE } from '@hyeopchi/identity';
import { z } from 'zod';
import { memberOfTheOrganization } from './access';
import { districtId } from './districts';

const proposalId = { proposalId: identifier };
const content = {
  title: text(PROPOSAL_LIMITS.title),
  body: text(PROPOSAL_LIMITS.body),
  serves: identifiers(PROPOSAL_LIMITS.items),
  departments: identifiers(PROPOSAL_LIMITS.items),
  district: districtId,
};
const byPeople = { roles: PEOPLE };

export const DraftProposal = defineCommand(
  'civic',
  'DraftProposal',
  z.object({ ...proposalId, ...content, organizationId: identifier.nullable() }).strict(),
  {
    access: { roles: PEOPLE, check: memberOfTheOrganization },
    description: 'Draft a proposal, alone or for an organization you belong to.',
    fields: {
      organizationId: 'The organization it is drafted for, or null; you must be one of its members.',
      proposalId: `An id you choose for it ${ID_RULE}.`,
    },
  },
);

export const EditProposal = defineCommand(
  'civic',
  'EditProposal',
  z.object({ ...proposalId, ...content }).strict(),
  {
    access: byPeople,
    description: 'Edit your draft (for an organization: while you are one of its members).',
  },
);

export const SubmitProposal = defineCommand('civic', 'SubmitProposal', z.object(proposalId).strict(), {
  access: byPeople,
  description: 'Submit your draft under the threshold policy in force now; supports open.',
});

export const SupportProposal = defineCommand('civic', 'SupportProposal', z.object(proposalId).strict(), {
  access: byPeople,
  description: 'Support a submitted proposal (once, not your own).',
});

export const WithdrawSupport = defineCommand('civic', 'WithdrawSupport', z.object(proposalId).strict(), {
  access: byPeople,
  description: 'Withdraw your support while supports are open.',
});

export const RecordForumParticipation = defineCommand(
  'civic',
  'RecordForumParticipation',
  z
    .object({
      ...proposalId,
      participants: z.number().int().min(0).max(PROPOSAL_LIMITS.forumParticipants),
    })
    .strict(),
  {
    access: { roles: ['secretariat'] },
    description: 'Record how many took part in the proposal’s public forum (secretariat).',
  },
);

/** Sent by the platform when a department answers (`civic.answers-to-proposals`). */
export const RecordAnswer = defineCommand(
  'civic',
  'RecordAnswer',
  z.object({ ...proposalId, reviewId: identifier, department: identifier, outcome: identifier }).strict(),
);

export const AmendProposal = defineCommand(
  'civic',
  'AmendProposal',
  z
    .object({
      ...proposalId,
      title: text(PROPOSAL_LIMITS.title),
      body: text(PROPOSAL_LIMITS.body),
      reason: text(PROPOSAL_LIMITS.reason),
    })
    .strict(),
  { access: byPeople, description: 'Amend your proposal after a department answered it.' },
);

export const WithdrawProposal = defineCommand(
  'civic',
  'WithdrawProposal',
  z.object({ ...proposalId, reason: text(PROPOSAL_LIMITS.reason) }).strict(),
  { access: byPeople, description: 'Withdraw your proposal.' },
);

export const proposalAggregate = defineAggregate({
  context: 'civic',
  name: 'proposal',
  decider: proposalDecider,
  streamId: ({ proposalId }) => `proposal-${proposalId}`,
  commands: [
    DraftProposal,
    EditProposal,
    SubmitProposal,
    SupportProposal,
    WithdrawSupport,
    RecordForumParticipation,
    RecordAnswer,
    AmendProposal,
    WithdrawProposal,
  ],
  // what is said in an organization's name is decided with its members; a submission under the policy in force;
  // a draft names departments the directory registered
  ...foundByTheService<{
    organizationMembers: readonly string[];
    policy: ThresholdPolicy;
    departmentSpaces: Readonly<Record<string, string>>;
  }>(),
});

/** A proposal's limits are part of its contract: other contexts hold what they copy from it to the same. */
export { PROPOSAL_LIMITS };
