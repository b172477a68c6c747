import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { motionBlocker } from './eligibility';
import { nextId } from './ids';
import { ItemTextDialog } from './item-text-dialog';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';

const PROPOSE_MOTION = graphql(`
  mutation ProposeCommitteeMotion($input: ProposeMotionInput!) {
    proposeMotion(input: $input) {
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

/** Moving a motion on an item (a present member, not recused): what the committee then votes on. */
export function MotionDialog({ session, item, title, memberId }: Props) {
  const { t } = useTranslation();
  const blocker = motionBlocker(memberId, session, item);
  const motionId = () =>
    nextId(
      'motion',
      item.motions.map((motion) => motion.motionId),
    );
  return (
    <ItemTextDialog
      document={PROPOSE_MOTION}
      strings="motionDialog"
      title={title}
      blockedBy={blocker && blockerText(t, blocker, session)}
      variablesOf={(text) => ({
        input: { sessionId: session.id, itemId: item.itemId, motionId: motionId(), text },
      })}
    />
  );
}
