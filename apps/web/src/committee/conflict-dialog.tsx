import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { conflictBlocker } from './eligibility';
import { ItemTextDialog } from './item-text-dialog';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';

const DECLARE_CONFLICT = graphql(`
  mutation DeclareCommitteeConflict($input: DeclareConflictInput!) {
    declareConflict(input: $input) {
      ...CommitteeCommandResult
    }
  }
`);

interface Props {
  session: SessionDetails;
  item: AgendaItem;
  title: string;
  memberId: string;
}

/** Declaring one's own conflict of interest on an item, before voting on it: one is then recused from it. */
export function ConflictDialog({ session, item, title, memberId }: Props) {
  const { t } = useTranslation();
  const blocker = conflictBlocker(memberId, session, item);
  return (
    <ItemTextDialog
      document={DECLARE_CONFLICT}
      strings="conflict"
      title={title}
      explanation={t('committee.conflict.explain')}
      blockedBy={blocker && blockerText(t, blocker, session)}
      variablesOf={(reason) => ({ input: { sessionId: session.id, itemId: item.itemId, memberId, reason } })}
    />
  );
}
