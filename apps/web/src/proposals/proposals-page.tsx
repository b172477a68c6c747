import { useTranslation } from 'react-i18next';
import { gql, useQuery } from 'urql';

const PROPOSALS = gql`
  query ProposalsPage {
    proposals(first: 50) {
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
`;

interface ProposalCard {
  id: string;
  title: string;
  status: string;
  district: string | null;
  supports: number;
  nextSupportThreshold: number | null;
}

export function ProposalsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery<{ proposals: { edges: { node: ProposalCard }[] } }>({
    query: PROPOSALS,
  });
  const proposals = data?.proposals.edges.map(({ node }) => node) ?? [];
  return (
    <>
      <h1>{t('proposals.title')}</h1>
      {fetching && <p role="status">{t('proposals.loading')}</p>}
      {error && <p role="alert">{t('proposals.failed', { message: error.message })}</p>}
      {!fetching && !error && proposals.length === 0 && <p>{t('proposals.empty')}</p>}
      <ul className="cards">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="card">
            <h2>{proposal.title}</h2>
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
