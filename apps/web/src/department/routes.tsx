import { Placeholder } from '../placeholder';
import type { Route } from '../routes';

export const departmentRoutes: Route[] = [
  { path: /^\/department$/, screen: () => <Placeholder title="Department" /> },
];
