import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { motionBlocker } from './eligibility';
import { FormDialog } from './form-dialog';
import { nextId } from './ids';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';
import { CommitteeTextField } from './text-field';
import { useCommandForm } from './use-command';

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
  const { send, error, check, dialog } = useCommandForm(PROPOSE_MOTION);
  const [text, setText] = useState('');
  const submit = async () => {
    if (!check(text.trim() ? null : t('committee.motionDialog.textRequired'))) return false;
    const motionId = nextId(
      'motion',
      item.motions.map((motion) => motion.motionId),
    );
    const done = await send({ input: { sessionId: session.id, itemId: item.itemId, motionId, text } });
    if (done) setText('');
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
      {...dialog}
      onSubmit={submit}
      done={t('committee.motionDialog.done', { title })}
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
