import { Placeholder } from '../placeholder';
import type { Route } from '../routes';

export const auditRoutes: Route[] = [{ path: /^\/audit$/, screen: () => <Placeholder title="Audit" /> }];
