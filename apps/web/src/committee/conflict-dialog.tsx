import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { conflictBlocker } from './eligibility';
import { FormDialog } from './form-dialog';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';
import { CommitteeTextField } from './text-field';
import { useCommandForm } from './use-command';

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
  const { send, error, check, dialog } = useCommandForm(DECLARE_CONFLICT);
  const [reason, setReason] = useState('');
  const submit = async () => {
    if (!check(reason.trim() ? null : t('committee.conflict.reasonRequired'))) return false;
    return send({ input: { sessionId: session.id, itemId: item.itemId, memberId, reason } });
  };
  const blocker = conflictBlocker(memberId, session, item);
  return (
    <FormDialog
      trigger={t('committee.conflict.trigger')}
      triggerContext={title}
      title={t('committee.conflict.title', { title })}
      submit={t('committee.conflict.submit')}
      blockedBy={blocker && blockerText(t, blocker, session)}
      {...dialog}
      onSubmit={submit}
      done={t('committee.conflict.done', { title })}
    >
      <p>{t('committee.conflict.explain')}</p>
      <CommitteeTextField
        label={t('committee.conflict.reason')}
        value={reason}
        onChange={setReason}
        error={error}
      />
    </FormDialog>
  );
}
