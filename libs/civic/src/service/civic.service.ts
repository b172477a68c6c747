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
  departmentAggregate,
  organizationAggregate,
  personAggregate,
  proposalAggregate,
  thresholdPolicyAggregate,
} from '@hyeopchi/civic/contract';
import { DepartmentEvent } from '@hyeopchi/department/contract';
import { prepareDepartmentCommand } from './department-directory';
import { prepareProposalCommand } from './proposal-preparation';

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
    commandRoute(thresholdPolicyAggregate),
    proposals,
    commandRoute(personAggregate),
    commandRoute(departmentAggregate, { prepare: prepareDepartmentCommand }),
  ],
  processManagers: [answersToProposals],
  scheduledTasks: [],
};
