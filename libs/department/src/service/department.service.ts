import { HyeopchiConfig } from '@hyeopchi/config';
import { implementationAggregate, reviewAggregate } from '@hyeopchi/department/contract';
import { ServiceDefinition, commandRoute, correlationOfFirstEvent } from '@hyeopchi/command-processing';
import { escalateOverdueReviews, reviewDeadlines } from './review-deadlines';
import { proposalRouting } from './proposal-routing';

export const departmentService = (config: HyeopchiConfig): ServiceDefinition => ({
  context: 'department',
  routes: [
    commandRoute(reviewAggregate, { correlationOf: correlationOfFirstEvent }),
    commandRoute(implementationAggregate, { correlationOf: correlationOfFirstEvent }),
  ],
  processManagers: [proposalRouting(config.REVIEW_ANSWER_WITHIN_DAYS), reviewDeadlines],
  scheduledTasks: [escalateOverdueReviews(config.DEADLINE_SCAN_INTERVAL_MS)],
});
