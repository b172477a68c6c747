import {
  ProcessManager,
  ServiceDefinition,
  commandRoute,
  reaction,
  reactingTo,
} from '@hyeopchi/command-processing';
import { CivicEvent } from '@hyeopchi/civic/contract';
import {
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

/** A department's referral, or a proposal at the public-forum tier, puts the proposal on the committee's docket. */
const agendaFromReferrals: ProcessManager = {
  name: 'committee.agenda-from-referrals',
  context: 'committee',
  listensTo: ['civic', 'department'],
  ...reactingTo<CivicEvent | DepartmentEvent>({
    'review.answered.v1': ({ outcome, proposalId, reviewId }) =>
      outcome === 'referred_to_committee'
        ? [reaction(ProposeAgendaItem, { proposalId, source: 'department_referral', reference: reviewId })]
        : [],
    'proposal.tier_reached.v1': ({ tier, proposalId }) =>
      tier === 'public_forum'
        ? [reaction(ProposeAgendaItem, { proposalId, source: 'forum_tier', reference: proposalId })]
        : [],
  }),
};

export const committeeService: ServiceDefinition = {
  context: 'committee',
  routes: [
    commandRoute(rosterAggregate),
    sessions,
    commandRoute(masterPlanAggregate),
    commandRoute(docketAggregate),
    commandRoute(indicatorAggregate, { prepare: prepareIndicatorCommand }),
  ],
  processManagers: [agendaFromReferrals],
  scheduledTasks: [],
};
