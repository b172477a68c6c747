import { navigate } from '../navigation';

/** A link to a proposal's page, named by its title. */
export function ProposalLink({ id, title }: { id: string; title: string }) {
  return (
    <a href={`/proposals/${encodeURIComponent(id)}`} onClick={navigate}>
      {title}
    </a>
  );
}
