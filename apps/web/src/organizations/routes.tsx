import { type Route, lazyScreen } from '../routes';

const RegisterOrganizationScreen = lazyScreen(() =>
  import('./register-organization').then((screen) => screen.RegisterOrganizationScreen),
);

export const organizationRoutes: Route[] = [
  { path: /^\/organizations\/new$/, screen: () => <RegisterOrganizationScreen /> },
];
