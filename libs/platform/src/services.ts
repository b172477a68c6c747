import { civicAggregates } from '@hyeopchi/civic/contract';
import { civicService } from '@hyeopchi/civic/service';
import { committeeAggregates } from '@hyeopchi/committee/contract';
import { committeeService } from '@hyeopchi/committee/service';
import { HyeopchiConfig } from '@hyeopchi/config';
import { ServiceDefinition } from '@hyeopchi/command-processing';
import { AggregateContract, CommandContract } from '@hyeopchi/contract-kit';
import { departmentAggregates } from '@hyeopchi/department/contract';
import { departmentService } from '@hyeopchi/department/service';
import { feedbackAggregates } from '@hyeopchi/feedback/contract';
import { feedbackService } from '@hyeopchi/feedback/service';

/** The four services, as configured: standalone mode runs them all in one process. */
export function allServices(config: HyeopchiConfig): ServiceDefinition[] {
  return [civicService, departmentService(config), committeeService, feedbackService];
}

/** The aggregates of the four contexts: the commands a caller may send, and the streams they act on. */
export const ALL_AGGREGATES: readonly AggregateContract[] = [
  ...civicAggregates,
  ...departmentAggregates,
  ...committeeAggregates,
  ...feedbackAggregates,
];

/** Every command of the four contexts, by its contract: what its data must be, which context owns it. */
export const ALL_COMMANDS: readonly CommandContract[] = ALL_AGGREGATES.flatMap(
  (aggregate) => aggregate.commands,
);
