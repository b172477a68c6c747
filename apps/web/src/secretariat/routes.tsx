import { type Route, lazyScreen } from '../routes';

const SecretariatDesk = lazyScreen(() =>
  import('./secretariat-desk').then((screen) => screen.SecretariatDesk),
);
const SurveysScreen = lazyScreen(() => import('./surveys-screen').then((screen) => screen.SurveysScreen));
const ThresholdsScreen = lazyScreen(() =>
  import('./thresholds-screen').then((screen) => screen.ThresholdsScreen),
);
const RosterScreen = lazyScreen(() => import('./roster-screen').then((screen) => screen.RosterScreen));
const PlanScreen = lazyScreen(() => import('./plan-screen').then((screen) => screen.PlanScreen));
const OrganizationsScreen = lazyScreen(() =>
  import('./organizations-screen').then((screen) => screen.OrganizationsScreen),
);
const DepartmentsScreen = lazyScreen(() =>
  import('./departments-screen').then((screen) => screen.DepartmentsScreen),
);
const CouncilsScreen = lazyScreen(() => import('./councils-screen').then((screen) => screen.CouncilsScreen));

export const secretariatRoutes: Route[] = [
  { path: /^\/secretariat$/, screen: () => <SecretariatDesk /> },
  { path: /^\/secretariat\/surveys$/, screen: () => <SurveysScreen /> },
  { path: /^\/secretariat\/thresholds$/, screen: () => <ThresholdsScreen /> },
  { path: /^\/secretariat\/roster$/, screen: () => <RosterScreen /> },
  { path: /^\/secretariat\/plan$/, screen: () => <PlanScreen /> },
  { path: /^\/secretariat\/organizations$/, screen: () => <OrganizationsScreen /> },
  { path: /^\/secretariat\/departments$/, screen: () => <DepartmentsScreen /> },
  { path: /^\/secretariat\/councils$/, screen: () => <CouncilsScreen /> },
];
