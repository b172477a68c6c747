import { type Route, lazyScreen } from '../routes';
import { ProposalsPage } from './proposals-page';
import './proposals.css';

const ProposalFormScreen = lazyScreen(() =>
  import('./proposal-form').then((screen) => screen.ProposalFormScreen),
);
const ProposalPage = lazyScreen(() => import('./proposal-page').then((screen) => screen.ProposalPage));

export const proposalRoutes: Route[] = [
  { path: /^\/$/, screen: () => <ProposalsPage /> },
  { path: /^\/proposals\/new$/, screen: () => <ProposalFormScreen key="new" /> },
  { path: /^\/proposals\/([^/]+)\/edit$/, screen: (id) => <ProposalFormScreen key={id} id={id} /> },
  { path: /^\/proposals\/([^/]+)$/, screen: (id) => <ProposalPage id={id} /> },
];
