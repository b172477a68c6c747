import { CommandMetadata, Decider, DomainError, boundedText, unreachable } from '@hyeopchi/domain-kernel';
import { knownDistrict } from '../district/districts';
import { Space, isCity, standingSpace, unknownSpace } from '../space/spaces';
import { ThresholdPolicies, assertValidPolicy, policyInForce } from '../threshold-policy/decide';
import { TierMeasure } from '../threshold-policy/events';
import { ProposalContent, ProposalEvent, ProposalTierReached } from './events';
import { PROPOSAL_LIMITS } from './limits';
import { ProposalState, evolveProposal, initialProposal } from './state';

type With<Type extends string, Data> = {
  type: Type;
  data: Data & { proposalId: string };
  metadata: CommandMetadata;
};

/**
 * The members of the organization the proposal speaks for, as that organization's own events say when the command
 * is decided (the service reads them: a decider sees one stream); empty for a proposal of its author alone.
 */
type ForTheOrganization = { organizationMembers: readonly string[] };

/** The space a command names, as the service found it: null when there is no such space. */
type ToSpace = { space: Space | null };

/** A committee's decision moves a proposal to another space (sent by the platform). */
type Move = { toSpaceId: string; decisionId: string } & ToSpace;

/**
 * The space each named department serves, for those registered in the directory as the service found them when the
 * command is decided; a department missing here is not registered.
 */
type ForTheDepartments = { departmentSpaces: Readonly<Record<string, string>> };

/** The actor of a command is its author, supporter or recorder: identity arrives with the command. */
export type ProposalCommand =
  | With<
      'DraftProposal',
      ProposalContent & { spaceId: string; organizationId: string | null } & ForTheOrganization &
        ForTheDepartments &
        ToSpace
    >
  | With<'EditProposal', ProposalContent & ForTheOrganization & ForTheDepartments>
  | With<'SubmitProposal', { policies: ThresholdPolicies } & ForTheOrganization>
  | With<'SupportProposal', object>
  | With<'WithdrawSupport', object>
  | With<'RecordForumParticipation', { participants: number }>
  | With<'RecordAnswer', { reviewId: string; department: string; outcome: string }>
  | With<'AmendProposal', { title: string; body: string; reason: string } & ForTheOrganization>
  | With<'WithdrawProposal', { reason: string }>
  | With<'ReferProposal', Move>
  | With<'DelegateProposal', Move>;

export type ProposalErrorCode =
  | 'PROPOSAL_EXISTS'
  | 'PROPOSAL_NOT_FOUND'
  | 'INVALID_PROPOSAL'
  | 'NOT_AUTHOR'
  | 'NOT_ORGANIZATION_MEMBER'
  | 'PROPOSAL_NOT_DRAFT'
  | 'PROPOSAL_NOT_OPEN'
  | 'AUTHOR_CANNOT_SUPPORT'
  | 'ALREADY_SUPPORTED'
  | 'NOT_SUPPORTED'
  | 'SUPPORT_WINDOW_CLOSED'
  | 'FORUM_NOT_REACHED'
  | 'INVALID_FORUM'
  | 'NOT_ANSWERED'
  | 'REASON_REQUIRED'
  | 'UNKNOWN_DISTRICT'
  | 'UNKNOWN_SPACE'
  | 'DISTRICT_OUTSIDE_SPACE'
  | 'NO_THRESHOLD_POLICY'
  | 'INVALID_REFERRAL'
  | 'INVALID_DELEGATION'
  | 'UNKNOWN_DEPARTMENT'
  | 'DEPARTMENT_OUTSIDE_SPACE';

const refuse = (code: ProposalErrorCode, message: string) => new DomainError(code, message);
const DAY_MS = 24 * 60 * 60 * 1000;

export function decideProposal(command: ProposalCommand, state: ProposalState): ProposalEvent[] {
  const { proposalId } = command.data;
  const { actor, now } = command.metadata;
  const at = now.toISOString();
  if (command.type === 'DraftProposal') {
    if (state.status !== 'none') throw refuse('PROPOSAL_EXISTS', `proposal ${proposalId} exists already`);
    const {
      organizationId,
      organizationMembers,
      departmentSpaces,
      space,
      spaceId: _named,
      ...content
    } = command.data;
    if (space === null) throw unknownSpace(command.data.spaceId);
    asMemberOf(organizationId, organizationMembers, actor);
    const valid = registeredDepartments(validContent(content, space.id), departmentSpaces, space.id);
    return [
      {
        type: 'proposal.drafted.v1',
        data: {
          ...valid,
          proposalId,
          spaceId: space.id,
          authorId: actor,
          organizationId,
          draftedAt: at,
        },
      },
    ];
  }
  if (state.status === 'none') throw refuse('PROPOSAL_NOT_FOUND', `proposal ${proposalId} does not exist`);
  const byAuthor = () => {
    if (actor !== state.authorId) throw refuse('NOT_AUTHOR', `only the author of ${proposalId} may do this`);
  };
  /** What puts words in an organization's mouth is done by its members only, authors included. */
  const byAuthorForTheOrganization = ({ organizationMembers }: ForTheOrganization) => {
    byAuthor();
    asMemberOf(state.organizationId, organizationMembers, actor);
  };
  switch (command.type) {
    case 'EditProposal': {
      byAuthorForTheOrganization(command.data);
      if (state.status !== 'draft')
        throw refuse('PROPOSAL_NOT_DRAFT', 'a proposal is edited only while a draft');
      const { proposalId: _id, organizationMembers: _members, departmentSpaces, ...content } = command.data;
      const valid = registeredDepartments(
        validContent(content, state.spaceId),
        departmentSpaces,
        state.spaceId,
      );
      return [{ type: 'proposal.edited.v1', data: { ...valid, proposalId, editedAt: at } }];
    }
    case 'SubmitProposal': {
      byAuthorForTheOrganization(command.data);
      if (state.status !== 'draft')
        throw refuse('PROPOSAL_NOT_DRAFT', 'a proposal is submitted once, from its draft');
      if (state.content.departments.length === 0) refuseContent('name at least one department to answer it');
      if (state.content.serves.length === 0) refuseContent('name at least one strategy or policy it serves');
      const policy = policyInForce(command.data.policies, now);
      if (!policy) {
        throw refuse(
          'NO_THRESHOLD_POLICY',
          `no threshold policy is in force in ${state.spaceId} yet: the secretariat adopts one first`,
        );
      }
      assertValidPolicy(policy);
      const closes = new Date(now.getTime() + policy.supportWindowDays * DAY_MS).toISOString();
      return [
        {
          type: 'proposal.submitted.v1',
          data: {
            proposalId,
            policy: {
              version: policy.version,
              supportWindowDays: policy.supportWindowDays,
              tiers: policy.tiers,
            },
            submittedAt: at,
            supportWindowClosesAt: closes,
          },
        },
      ];
    }
    case 'SupportProposal': {
      const open = openForSupport(state, at);
      if (actor === open.authorId)
        throw refuse('AUTHOR_CANNOT_SUPPORT', 'authors do not support their own proposal');
      if (open.supporters.has(actor)) throw refuse('ALREADY_SUPPORTED', `${actor} supports it already`);
      const supports = open.supporters.size + 1;
      return [
        {
          type: 'proposal.supported.v1',
          data: { proposalId, supporterId: actor, supports, supportedAt: at },
        },
        ...tiersReached(open, 'supports', supports, at),
      ];
    }
    case 'RecordForumParticipation': {
      if (state.status !== 'submitted' || !state.tiersReached.includes('public_forum')) {
        throw refuse('FORUM_NOT_REACHED', `proposal ${proposalId} has not reached the public forum tier`);
      }
      const { participants } = command.data;
      if (!Number.isInteger(participants) || participants < state.forumParticipants) {
        throw refuse(
          'INVALID_FORUM',
          `participants are a whole number, at least the ${state.forumParticipants} recorded so far`,
        );
      }
      return [
        { type: 'proposal.forum_held.v1', data: { proposalId, participants, recordedAt: at } },
        ...tiersReached(state, 'forum_participants', participants, at),
      ];
    }
    case 'WithdrawSupport': {
      const open = openForSupport(state, at);
      if (!open.supporters.has(actor)) throw refuse('NOT_SUPPORTED', `${actor} does not support it`);
      const supports = open.supporters.size - 1;
      return [
        {
          type: 'proposal.support_withdrawn.v1',
          data: { proposalId, supporterId: actor, supports, withdrawnAt: at },
        },
      ];
    }
    case 'RecordAnswer': {
      if (state.status !== 'submitted')
        throw refuse('PROPOSAL_NOT_OPEN', 'only a submitted proposal is answered');
      const { reviewId, department, outcome } = command.data;
      return [
        {
          type: 'proposal.answer_received.v1',
          data: { proposalId, reviewId, department, outcome, receivedAt: at },
        },
      ];
    }
    case 'AmendProposal': {
      byAuthorForTheOrganization(command.data);
      if (state.status !== 'submitted')
        throw refuse('PROPOSAL_NOT_OPEN', 'only a submitted proposal is amended');
      if (!state.answered)
        throw refuse('NOT_ANSWERED', 'a proposal is amended after a department answered it');
      // the district stays as drafted, which may be text from before the directory
      const title = validText(command.data.title, 'title', PROPOSAL_LIMITS.title);
      const body = validText(command.data.body, 'body', PROPOSAL_LIMITS.body);
      const reason = requiredReason(command.data.reason);
      return [{ type: 'proposal.amended.v1', data: { proposalId, title, body, reason, amendedAt: at } }];
    }
    case 'WithdrawProposal': {
      byAuthor();
      if (state.status === 'withdrawn')
        throw refuse('PROPOSAL_NOT_OPEN', 'the proposal is withdrawn already');
      return [
        {
          type: 'proposal.withdrawn.v1',
          data: { proposalId, reason: requiredReason(command.data.reason), withdrawnAt: at },
        },
      ];
    }
    case 'ReferProposal': {
      const { from, to } = moving(state, command.data, 'INVALID_REFERRAL');
      if (isCity(from) || !isCity(to.id)) {
        throw refuse(
          'INVALID_REFERRAL',
          `a district or council refers a proposal up to the city, not ${from} to ${to.id}`,
        );
      }
      const move = { proposalId, fromSpaceId: from, toSpaceId: to.id, decisionId: command.data.decisionId };
      return [{ type: 'proposal.referred.v1', data: { ...move, referredAt: at } }];
    }
    case 'DelegateProposal': {
      const { from, to } = moving(state, command.data, 'INVALID_DELEGATION');
      if (!isCity(from) || to.kind !== 'district') {
        throw refuse(
          'INVALID_DELEGATION',
          `the city delegates a proposal down to a district, not ${from} to ${to.id}`,
        );
      }
      const move = { proposalId, fromSpaceId: from, toSpaceId: to.id, decisionId: command.data.decisionId };
      return [{ type: 'proposal.delegated.v1', data: { ...move, delegatedAt: at } }];
    }
    default:
      return unreachable(command);
  }
}

/** Only a submitted proposal moves, to a space that exists. */
function moving(
  state: Exclude<ProposalState, { status: 'none' }>,
  { space, toSpaceId }: Move,
  code: 'INVALID_REFERRAL' | 'INVALID_DELEGATION',
): { from: string; to: Space } {
  if (space === null) throw unknownSpace(toSpaceId);
  if (state.status !== 'submitted')
    throw refuse(code, `proposal ${state.id} is ${state.status}: only a submitted one moves`);
  return { from: state.spaceId, to: space };
}

function asMemberOf(organizationId: string | null, members: readonly string[], actor: string): void {
  if (organizationId !== null && !members.includes(actor)) {
    throw refuse('NOT_ORGANIZATION_MEMBER', `only members of ${organizationId} act in its name`);
  }
}

/** The tiers of the proposal's own policy version that `count` reaches for the first time. */
function tiersReached(
  state: Extract<ProposalState, { status: 'submitted' }>,
  measured: TierMeasure,
  count: number,
  at: string,
): ProposalTierReached[] {
  return state.policy.tiers
    .filter(
      ({ tier, measure, threshold }) =>
        measure === measured && count >= threshold && !state.tiersReached.includes(tier),
    )
    .map(({ tier, measure, threshold }) => ({
      type: 'proposal.tier_reached.v1',
      data: {
        proposalId: state.id,
        tier,
        measure,
        threshold,
        count,
        spaceId: state.spaceId,
        policyVersion: state.policy.version,
        departments: [...state.content.departments],
        reachedAt: at,
      },
    }));
}

function openForSupport(state: Exclude<ProposalState, { status: 'none' }>, at: string) {
  if (state.status !== 'submitted')
    throw refuse('PROPOSAL_NOT_OPEN', `proposal ${state.id} is ${state.status}`);
  if (at >= state.supportWindowClosesAt) {
    throw refuse('SUPPORT_WINDOW_CLOSED', `supports closed at ${state.supportWindowClosesAt}`);
  }
  return state;
}

function validText(value: string, what: string, max: number): string {
  return boundedText(value, max) ?? refuseContent(`the ${what} needs 1 to ${max} characters`);
}

/** In a district's space a proposal is about that district. */
function validContent(content: ProposalContent, spaceId: string): ProposalContent {
  const list = (values: string[], what: string) => {
    if (!Array.isArray(values) || values.length > PROPOSAL_LIMITS.items)
      refuseContent(`name at most ${PROPOSAL_LIMITS.items} ${what}`);
    const items = values.map((value) =>
      validText(value, `name of each of the ${what}`, PROPOSAL_LIMITS.item),
    );
    if (new Set(items).size !== items.length) refuseContent(`each of the ${what} is named once`);
    return items;
  };
  return {
    title: validText(content.title, 'title', PROPOSAL_LIMITS.title),
    body: validText(content.body, 'body', PROPOSAL_LIMITS.body),
    serves: list(content.serves, 'strategies or policies'),
    departments: list(content.departments, 'departments'),
    district: districtIn(spaceId, knownDistrict(content.district)),
  };
}

function districtIn(spaceId: string, district: string): string {
  const space = standingSpace(spaceId);
  if (space?.kind === 'district' && space.id !== district) {
    throw refuse(
      'DISTRICT_OUTSIDE_SPACE',
      `a proposal in ${space.nameEn}'s space is about ${space.nameEn}, not ${district}`,
    );
  }
  return district;
}

/**
 * A proposal asks only departments the directory knows (an unknown id would open a review nobody answers), and only
 * departments that serve its space: a district's officers answer their district's proposals, the city's the city's
 * and its councils'.
 */
function registeredDepartments(
  content: ProposalContent,
  departmentSpaces: ForTheDepartments['departmentSpaces'],
  spaceId: string,
): ProposalContent {
  const unknown = content.departments.find((department) => !Object.hasOwn(departmentSpaces, department));
  if (unknown !== undefined) {
    throw refuse(
      'UNKNOWN_DEPARTMENT',
      `no department "${unknown}" is registered: name departments from the directory`,
    );
  }
  // a council is a city-wide theme: the city's departments answer it
  const serves = (served: string) =>
    served === spaceId || (isCity(served) && standingSpace(spaceId) === null);
  const elsewhere = content.departments.find((department) => !serves(departmentSpaces[department]));
  if (elsewhere !== undefined) {
    throw refuse(
      'DEPARTMENT_OUTSIDE_SPACE',
      `the department "${elsewhere}" serves ${departmentSpaces[elsewhere]}, not ${spaceId}: name departments of the proposal's space`,
    );
  }
  return content;
}

function refuseContent(message: string): never {
  throw refuse('INVALID_PROPOSAL', message);
}

function requiredReason(reason: string): string {
  const text = boundedText(reason, PROPOSAL_LIMITS.reason);
  if (text === null) throw refuse('REASON_REQUIRED', 'give a reason (up to 2,000 characters)');
  return text;
}

export const proposalDecider: Decider<ProposalCommand, ProposalEvent, ProposalState> = {
  initialState: initialProposal,
  decide: decideProposal,
  evolve: evolveProposal,
};
