import { PROPOSAL_LIMITS, Space, ThresholdPolicies, proposalDecider } from '@hyeopchi/civic/domain';
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
import { inSpace } from './spaces';

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
  z.object({ ...proposalId, ...inSpace, ...content, organizationId: identifier.nullable() }).strict(),
  {
    access: { roles: PEOPLE, check: memberOfTheOrganization },
    description:
      'Draft a proposal in a space (the city unless you name a district or council), alone or for an organization you belong to.',
    fields: {
      spaceId:
        'The space it is made and decided in: seoul (the city), a district id such as Mapo-gu, or a council.',
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

const move = z.object({ ...proposalId, toSpaceId: identifier, decisionId: identifier }).strict();

/** Sent by the platform when a district's or council's committee decides to refer a proposal up to the city. */
export const ReferProposal = defineCommand('civic', 'ReferProposal', move);

/** Sent by the platform when the city's committee decides to delegate a proposal down to a district. */
export const DelegateProposal = defineCommand('civic', 'DelegateProposal', move);

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
    ReferProposal,
    DelegateProposal,
  ],
  // what is said in an organization's name is decided with its members; a submission under the policy in force in
  // its space; a draft or a move names a space that exists; a draft names departments the directory registered
  ...foundByTheService<{
    organizationMembers: readonly string[];
    policies: ThresholdPolicies;
    space: Space | null;
    departmentSpaces: Readonly<Record<string, string>>;
  }>(),
});

/** A proposal's limits are part of its contract: other contexts hold what they copy from it to the same. */
export { PROPOSAL_LIMITS };
