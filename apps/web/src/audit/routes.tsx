import { type Route, lazyScreen } from '../routes';

const ServiceLogPage = lazyScreen(() => import('./service-log-page').then((screen) => screen.ServiceLogPage));
const StreamPage = lazyScreen(() => import('./stream-page').then((screen) => screen.StreamPage));
const VerifyPage = lazyScreen(() => import('./verify-page').then((screen) => screen.VerifyPage));

export const auditRoutes: Route[] = [
  { path: /^\/audit\/?$/, screen: () => <ServiceLogPage /> },
  {
    path: /^\/audit\/streams\/([^/]+)$/,
    screen: (streamId) => <StreamPage key={streamId} streamId={streamId} />,
  },
  {
    path: /^\/audit\/verify\/([^/]+)\/(\d+)$/,
    screen: (streamId, version) => (
      <VerifyPage key={`${streamId}/${version}`} streamId={streamId} streamVersion={Number(version)} />
    ),
  },
];
