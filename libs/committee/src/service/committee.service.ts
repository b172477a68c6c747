import {
  ProcessManager,
  ServiceDefinition,
  commandRoute,
  reaction,
  reactingTo,
} from '@hyeopchi/command-processing';
import { CivicEvent, standingSpace } from '@hyeopchi/civic/contract';
import {
  EstablishCommittee,
  ProposeAgendaItem,
  docketAggregate,
  indicatorAggregate,
  masterPlanAggregate,
  rosterAggregate,
  sessionAggregate,
} from '@hyeopchi/committee/contract';
import { DepartmentEvent } from '@hyeopchi/department/contract';
import { prepareIndicatorCommand } from './indicator-preparation';
import { correlationOfAgendaItem, prepareSessionCommand } from './session-preparation';

const sessions = commandRoute(sessionAggregate, {
  prepare: prepareSessionCommand,
  correlationOf: correlationOfAgendaItem,
});

// the city's and the districts' committees stand; a council's is established when civic creates the council
const rosters = commandRoute(rosterAggregate, {
  prepare: async ({ data }) => ({ data: { ...data, standing: standingSpace(data.spaceId) !== null } }),
});

/**
 * A department's referral, or a proposal at the public-forum tier, puts the proposal on its space's docket; a
 * committee's decision that moves it puts it on the docket of the space it moves to, saying where it came from.
 */
const agendaFromReferrals: ProcessManager = {
  name: 'committee.agenda-from-referrals',
  context: 'committee',
  listensTo: ['civic', 'department'],
  ...reactingTo<CivicEvent | DepartmentEvent>({
    'review.answered.v1': ({ outcome, proposalId, spaceId, reviewId }) =>
      outcome === 'referred_to_committee'
        ? [
            reaction(ProposeAgendaItem, {
              proposalId,
              spaceId,
              source: 'department_referral',
              reference: reviewId,
              fromSpaceId: null,
            }),
          ]
        : [],
    'proposal.tier_reached.v1': ({ tier, proposalId, spaceId }) =>
      tier === 'public_forum'
        ? [
            reaction(ProposeAgendaItem, {
              proposalId,
              spaceId,
              source: 'forum_tier',
              reference: proposalId,
              fromSpaceId: null,
            }),
          ]
        : [],
    'proposal.referred.v1': ({ proposalId, fromSpaceId, toSpaceId, decisionId }) => [
      reaction(ProposeAgendaItem, {
        proposalId,
        spaceId: toSpaceId,
        source: 'district_referral',
        reference: decisionId,
        fromSpaceId,
      }),
    ],
    'proposal.delegated.v1': ({ proposalId, fromSpaceId, toSpaceId, decisionId }) => [
      reaction(ProposeAgendaItem, {
        proposalId,
        spaceId: toSpaceId,
        source: 'city_delegation',
        reference: decisionId,
        fromSpaceId,
      }),
    ],
  }),
};

/** A council civic creates has a committee from then on: the secretariat appoints into it. */
const councilCommittees: ProcessManager = {
  name: 'committee.council-committees',
  context: 'committee',
  listensTo: ['civic'],
  ...reactingTo<CivicEvent>({
    'council.created.v1': ({ councilId }) => [reaction(EstablishCommittee, { spaceId: councilId })],
  }),
};

export const committeeService: ServiceDefinition = {
  context: 'committee',
  routes: [
    rosters,
    sessions,
    commandRoute(masterPlanAggregate),
    commandRoute(docketAggregate),
    commandRoute(indicatorAggregate, { prepare: prepareIndicatorCommand }),
  ],
  processManagers: [agendaFromReferrals, councilCommittees],
  scheduledTasks: [],
};
