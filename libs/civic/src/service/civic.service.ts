import {
  ProcessManager,
  ServiceDefinition,
  commandRoute,
  correlationOfFirstEvent,
  reaction,
  reactingTo,
} from '@hyeopchi/command-processing';
import {
  RecordAnswer,
  councilAggregate,
  organizationAggregate,
  personAggregate,
  proposalAggregate,
  thresholdPolicyAggregate,
} from '@hyeopchi/civic/contract';
import { DepartmentEvent } from '@hyeopchi/department/contract';
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
  ],
  processManagers: [answersToProposals],
  scheduledTasks: [],
};
