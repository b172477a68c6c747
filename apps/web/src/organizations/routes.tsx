import { Placeholder } from '../placeholder';
import type { Route } from '../routes';

export const organizationRoutes: Route[] = [
  { path: /^\/organizations\/new$/, screen: () => <Placeholder title="Organizations" /> },
];
