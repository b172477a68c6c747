import type { Route } from '../routes';
import { PlanPage } from './plan-page';

export const planRoutes: Route[] = [{ path: /^\/plan$/, screen: () => <PlanPage /> }];
