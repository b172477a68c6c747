import { type Route, lazyScreen } from '../routes';

const PlanPage = lazyScreen(() => import('./plan-page').then((screen) => screen.PlanPage));

export const planRoutes: Route[] = [{ path: /^\/plan$/, screen: () => <PlanPage /> }];
