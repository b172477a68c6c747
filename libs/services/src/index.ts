import { HyeopchiConfig } from '@hyeopchi/config';
import { CommandRoute, ServiceDefinition } from '@hyeopchi/service-runtime';
import { civicService } from './civic';
import { committeeService } from './committee';
import { departmentRoutes, departmentService } from './department';
import { feedbackService } from './feedback';

export { civicService } from './civic';
export { committeeService } from './committee';
export { departmentService } from './department';
export { implementationIdFor, reviewIdFor } from './ids';
export { feedbackService } from './feedback';

/** The four services, as configured: standalone mode runs them all in one process. */
export function allServices(config: HyeopchiConfig): ServiceDefinition[] {
  return [civicService, departmentService(config), committeeService, feedbackService];
}
export * from './master-plan-seed';
export * from './demo-seed';

/** Every command route of the four services: what each command's data must be, and which context owns it. */
export const COMMAND_ROUTES: readonly CommandRoute[] = [
  ...civicService.routes,
  ...departmentRoutes,
  ...committeeService.routes,
  ...feedbackService.routes,
];
export * from './demo-personas';
