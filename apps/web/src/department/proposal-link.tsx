import { navigate } from '../navigation';
import { proposalPath } from '../proposals/paths';

/** A link to a proposal's page, named by its title. */
export function ProposalLink({ id, title }: { id: string; title: string }) {
  return (
    <a href={proposalPath(id)} onClick={navigate}>
      {title}
    </a>
  );
}
