import {
  ProcessManager,
  ServiceDefinition,
  commandRoute,
  correlationOfFirstEvent,
  reaction,
  reactingTo,
} from '@hyeopchi/command-processing';
import {
  DelegateProposal,
  RecordAnswer,
  ReferProposal,
  councilAggregate,
  departmentAggregate,
  organizationAggregate,
  personAggregate,
  proposalAggregate,
  thresholdPolicyAggregate,
} from '@hyeopchi/civic/contract';
import { CommitteeEvent } from '@hyeopchi/committee/contract';
import { DepartmentEvent } from '@hyeopchi/department/contract';
import { prepareDepartmentCommand } from './department-directory';
import { prepareProposalCommand } from './proposal-preparation';
import { spaceNamed } from './space-lookup';

const proposals = commandRoute(proposalAggregate, {
  prepare: prepareProposalCommand,
  correlationOf: correlationOfFirstEvent,
});

/** A department's answer reaches the proposal it answers, so its author may amend it. */
const answersToProposals: ProcessManager = {
  name: 'civic.answers-to-proposals',
  context: 'civic',
  listensTo: ['department'],
  ...reactingTo<DepartmentEvent>({
    'review.answered.v1': ({ proposalId, reviewId, department, outcome }) => [
      reaction(RecordAnswer, { proposalId, reviewId, department, outcome }),
    ],
  }),
};

/** A committee's decision to refer a proposal up to the city, or to delegate it down to a district, moves it there. */
const movesByCommittees: ProcessManager = {
  name: 'civic.moves-by-committees',
  context: 'civic',
  listensTo: ['committee'],
  ...reactingTo<CommitteeEvent>({
    'session.decision_recorded.v1': ({ proposalId, outcome, toSpaceId, decisionId }) => {
      if (toSpaceId === null) return [];
      const move = outcome === 'refer_to_city' ? ReferProposal : DelegateProposal;
      return [reaction(move, { proposalId, toSpaceId, decisionId })];
    },
  }),
};

export const civicService: ServiceDefinition = {
  context: 'civic',
  routes: [
    commandRoute(organizationAggregate),
    // a policy is adopted for a space that exists
    commandRoute(thresholdPolicyAggregate, {
      prepare: async ({ data }, streams) => ({
        data: { ...data, space: await spaceNamed(streams, data.spaceId) },
      }),
    }),
    proposals,
    commandRoute(personAggregate),
    commandRoute(councilAggregate),
    commandRoute(departmentAggregate, { prepare: prepareDepartmentCommand }),
  ],
  processManagers: [answersToProposals, movesByCommittees],
  scheduledTasks: [],
};
