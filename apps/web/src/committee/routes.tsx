import { Placeholder } from '../placeholder';
import type { Route } from '../routes';

export const committeeRoutes: Route[] = [
  { path: /^\/committee$/, screen: () => <Placeholder title="Committee" /> },
];
