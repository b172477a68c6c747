import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ProposalsPageQuery } from '../gql/graphql';
import { navigate } from '../navigation';
import { ProposalFilter, ProposalFilters, proposalStatus } from './proposal-filters';

const PROPOSALS = graphql(`
  query ProposalsPage($filter: ProposalFilter) {
    proposals(first: 50, filter: $filter) {
      edges {
        node {
          id
          title
          status
          district
          supports
          nextSupportThreshold
        }
      }
    }
  }
`);

/** The filter in the address, so that a filtered list can be shared and survives a reload. */
function filterFromAddress(): ProposalFilter {
  const params = new URLSearchParams(window.location.search);
  const text = (name: 'serves' | 'department' | 'district' | 'text') => params.get(name) || undefined;
  return {
    status: proposalStatus(params.get('status')),
    serves: text('serves'),
    department: text('department'),
    district: text('district'),
    text: text('text'),
  };
}

function showInAddress(filter: ProposalFilter): void {
  const params = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const query = params.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

export function ProposalsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ProposalFilter>(filterFromAddress);
  const [{ data, fetching, error }] = useQuery({
    query: PROPOSALS,
    variables: { filter },
  });
  const proposals = data?.proposals.edges.map(({ node }) => node) ?? [];
  useEffect(() => {
    document.title = t('proposals.pageTitle');
  }, [t]);
  const apply = (applied: ProposalFilter) => {
    showInAddress(applied);
    setFilter(applied);
  };
  return (
    <>
      <h1>{t('proposals.title')}</h1>
      <ProposalFilters applied={filter} onApply={apply} />
      <p role="status" className="result-count">
        {fetching ? t('proposals.loading') : data && t('filters.applied', { count: proposals.length })}
      </p>
      {error && <p role="alert">{t('proposals.failed', { message: error.message })}</p>}
      {!fetching && !error && proposals.length === 0 && <p>{t('proposals.empty')}</p>}
      <ul className="cards">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="card">
            <h2>
              <a href={`/proposals/${encodeURIComponent(proposal.id)}`} onClick={navigate}>
                {proposal.title}
              </a>
            </h2>
            <p className="status">{t(`proposals.status.${proposal.status}`)}</p>
            {proposal.district && <p>{t('proposals.district', { district: proposal.district })}</p>}
            <SupportMeter proposal={proposal} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** Supports against the next tier: a labelled progress bar, with the same figures in words. */
type ProposalCard = ProposalsPageQuery['proposals']['edges'][number]['node'];

function SupportMeter({ proposal }: { proposal: ProposalCard }) {
  const { t } = useTranslation();
  const { supports, nextSupportThreshold: threshold } = proposal;
  if (threshold === null) return <p>{t('proposals.supports', { count: supports })}</p>;
  const label = t('proposals.supportProgress', { title: proposal.title });
  return (
    <div>
      <progress aria-label={label} value={Math.min(supports, threshold)} max={threshold} />
      <p>{t('proposals.supportsTowardTier', { count: supports, threshold })}</p>
    </div>
  );
}
