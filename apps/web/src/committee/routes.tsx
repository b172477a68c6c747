import { type Route, lazyScreen } from '../routes';

const SessionPage = lazyScreen(() => import('./session-page').then((screen) => screen.SessionPage));
const SessionsPage = lazyScreen(() => import('./sessions-page').then((screen) => screen.SessionsPage));

export const committeeRoutes: Route[] = [
  { path: /^\/committee$/, screen: () => <SessionsPage /> },
  { path: /^\/committee\/([^/]+)$/, screen: (id) => <SessionPage key={id} id={id} /> },
];
