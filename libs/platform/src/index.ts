import { HyeopchiConfig } from '@hyeopchi/config';
import { CommandRoute, ServiceDefinition } from '@hyeopchi/command-processing';
import { civicService } from '@hyeopchi/civic/service';
import { committeeService } from '@hyeopchi/committee/service';
import { departmentRoutes, departmentService } from '@hyeopchi/department/service';
import { feedbackService } from '@hyeopchi/feedback/service';

export { civicService } from '@hyeopchi/civic/service';
export { committeeService } from '@hyeopchi/committee/service';
export { departmentService } from '@hyeopchi/department/service';
export { implementationIdFor, reviewIdFor } from '@hyeopchi/department/contract';
export { feedbackService } from '@hyeopchi/feedback/service';

/** The four services, as configured: standalone mode runs them all in one process. */
export function allServices(config: HyeopchiConfig): ServiceDefinition[] {
  return [civicService, departmentService(config), committeeService, feedbackService];
}
export * from '@hyeopchi/committee/seeds';
export * from './demo-seed';

/** Every command route of the four services: what each command's data must be, and which context owns it. */
export const ALL_COMMAND_ROUTES: readonly CommandRoute[] = [
  ...civicService.routes,
  ...departmentRoutes,
  ...committeeService.routes,
  ...feedbackService.routes,
];
