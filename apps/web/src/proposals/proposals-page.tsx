import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { Chip } from '../design/chip';
import { placeName } from '../districts/district-names';
import { graphql } from '../gql';
import { useLiveEvent } from '../use-live-event';
import { navigate, withKeptParameters } from '../navigation';
import { useChosenSpace } from '../spaces/chosen-space';
import { spaceName } from '../spaces/space-names';
import { hasRole, useSession } from '../session/session';
import { isNewlySubmitted } from './live-news';
import { proposalPath } from './paths';
import { PROPOSERS } from './proposers';
import { ProposalFilter, ProposalFilters, proposalStatus } from './proposal-filters';
import { STATUS_TONE } from './status-tone';
import { SupportMeter } from './support-meter';

const PROPOSALS = graphql(`
  query ProposalsPage($filter: ProposalFilter) {
    proposals(first: 50, filter: $filter) {
      edges {
        node {
          id
          title
          status
          district
          districtInDirectory {
            nameKo
            nameEn
          }
          supports
          nextSupportThreshold
          space {
            nameKo
            nameEn
          }
        }
      }
    }
  }
`);

const STATUS_CHANGES = graphql(`
  subscription ProposalsLive {
    proposalStatusChanged {
      id
      title
      status
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
  const address = query ? `?${query}` : window.location.pathname;
  window.history.replaceState(null, '', withKeptParameters(address, window.location.href));
}

export function ProposalsPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<ProposalFilter>(filterFromAddress);
  // no space chosen is the city-wide view: every space's proposals, each card naming its space
  const spaceId = useChosenSpace();
  const [{ data, fetching, error }, reload] = useQuery({
    query: PROPOSALS,
    variables: { filter: { ...filter, spaceId } },
  });
  const proposals = data?.proposals.edges.map(({ node }) => node) ?? [];
  useEffect(() => {
    document.title = t('proposals.pageTitle');
  }, [t]);
  const { session } = useSession();
  useLiveList(() => reload({ requestPolicy: 'network-only' }));
  const apply = (applied: ProposalFilter) => {
    showInAddress(applied);
    setFilter(applied);
  };
  return (
    <>
      <h1>{t('proposals.title')}</h1>
      {hasRole(session?.person, ...PROPOSERS) && (
        <p className="actions">
          <a className="button primary" href="/proposals/new" onClick={navigate}>
            {t('proposals.submitProposal')}
          </a>{' '}
          <a className="button" href="/organizations/new" onClick={navigate}>
            {t('proposals.registerOrganization')}
          </a>
        </p>
      )}
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
              <a href={proposalPath(proposal.id)} onClick={navigate}>
                {proposal.title}
              </a>
            </h2>
            <p>
              <Chip tone={STATUS_TONE[proposal.status]}>{t(`proposals.status.${proposal.status}`)}</Chip>
              {!spaceId && proposal.space && (
                <>
                  {' '}
                  <Chip tone="neutral">{spaceName(proposal.space, i18n.language)}</Chip>
                </>
              )}
            </p>
            {proposal.district && (
              <p>{t('proposals.district', { district: placeName(proposal, i18n.language) })}</p>
            )}
            <SupportMeter proposal={proposal} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Status changes as they happen: the list follows them and announces new proposals. Moves of the reader's own
 * proposals are said on every screen (FollowedProposals).
 */
function useLiveList(reload: () => void) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  useLiveEvent({ query: STATUS_CHANGES }, ({ proposalStatusChanged: change }) => {
    if (isNewlySubmitted(change)) announce(t('proposals.live.submitted', { title: change.title }));
    reload();
  });
}
