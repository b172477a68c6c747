import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { motionBlocker } from './eligibility';
import { FormDialog } from './form-dialog';
import { nextId } from './ids';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';
import { CommitteeTextField } from './text-field';
import { useCommand } from './use-command';

const PROPOSE_MOTION = graphql(`
  mutation ProposeCommitteeMotion($input: ProposeMotionInput!) {
    proposeMotion(input: $input) {
      __typename
      ... on CommandAccepted {
        committeeSession {
          id
        }
      }
      ... on CommandRefused {
        code
        message
      }
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
  const announce = useAnnounce();
  const { send, problem, setProblem } = useCommand(PROPOSE_MOTION);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!text.trim()) {
      setError(t('committee.motionDialog.textRequired'));
      return false;
    }
    setError(null);
    const motionId = nextId(
      'motion',
      item.motions.map((motion) => motion.motionId),
    );
    const done = await send({ input: { sessionId: session.id, itemId: item.itemId, motionId, text } });
    if (done) {
      announce(t('committee.motionDialog.done', { title }));
      setText('');
    }
    return done;
  };
  const blocker = motionBlocker(memberId, session, item);
  return (
    <FormDialog
      trigger={t('committee.motionDialog.trigger')}
      triggerContext={title}
      title={t('committee.motionDialog.title', { title })}
      submit={t('committee.motionDialog.submit')}
      blockedBy={blocker && blockerText(t, blocker, session)}
      problem={problem}
      onOpen={() => {
        setProblem(null);
        setError(null);
      }}
      onSubmit={submit}
    >
      <CommitteeTextField
        label={t('committee.motionDialog.text')}
        value={text}
        onChange={setText}
        error={error}
      />
    </FormDialog>
  );
}
