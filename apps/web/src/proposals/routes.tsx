import type { Route } from '../routes';
import { ProposalPage } from './proposal-page';
import { ProposalsPage } from './proposals-page';

export const proposalRoutes: Route[] = [
  { path: /^\/$/, screen: () => <ProposalsPage /> },
  { path: /^\/proposals\/([^/]+)$/, screen: (id) => <ProposalPage id={id} /> },
];
