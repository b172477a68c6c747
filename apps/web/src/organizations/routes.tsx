import { type Route, lazyScreen } from '../routes';

const RegisterOrganizationScreen = lazyScreen(() =>
  import('./register-organization').then((screen) => screen.RegisterOrganizationScreen),
);

const OrganizationPage = lazyScreen(() =>
  import('./organization-page').then((screen) => screen.OrganizationPage),
);

export const organizationRoutes: Route[] = [
  { path: /^\/organizations\/new$/, screen: () => <RegisterOrganizationScreen /> },
  { path: /^\/organizations\/([^/]+)$/, screen: (id) => <OrganizationPage key={id} id={id} /> },
];
