import { HyeopchiConfig } from '@hyeopchi/config';
import { implementationAggregate, reviewAggregate } from '@hyeopchi/department/contract';
import {
  CommandRoute,
  ServiceDefinition,
  commandRoute,
  correlationOfFirstEvent,
} from '@hyeopchi/command-processing';
import { escalateOverdueReviews, reviewDeadlines } from './review-deadlines';
import { proposalRouting } from './proposal-routing';

/** The department service's routes: they do not depend on its configuration, so the platform lists them too. */
export const departmentRoutes: readonly CommandRoute[] = [
  commandRoute(reviewAggregate, { correlationOf: correlationOfFirstEvent }),
  commandRoute(implementationAggregate, { correlationOf: correlationOfFirstEvent }),
];

export const departmentService = (config: HyeopchiConfig): ServiceDefinition => ({
  context: 'department',
  routes: departmentRoutes,
  processManagers: [proposalRouting(config.REVIEW_ANSWER_WITHIN_DAYS), reviewDeadlines],
  scheduledTasks: [escalateOverdueReviews(config.DEADLINE_SCAN_INTERVAL_MS)],
});
