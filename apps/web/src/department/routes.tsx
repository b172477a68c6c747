import { type Route, lazyScreen } from '../routes';

const DepartmentDesk = lazyScreen(() => import('./department-desk').then((screen) => screen.DepartmentDesk));

export const departmentRoutes: Route[] = [{ path: /^\/department$/, screen: () => <DepartmentDesk /> }];
