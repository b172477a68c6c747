import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { conflictBlocker } from './eligibility';
import { FormDialog } from './form-dialog';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';
import { CommitteeTextField } from './text-field';
import { useCommand } from './use-command';

const DECLARE_CONFLICT = graphql(`
  mutation DeclareCommitteeConflict($input: DeclareConflictInput!) {
    declareConflict(input: $input) {
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

/** Declaring one's own conflict of interest on an item, before voting on it: one is then recused from it. */
export function ConflictDialog({ session, item, title, memberId }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { send, problem, setProblem } = useCommand(DECLARE_CONFLICT);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!reason.trim()) {
      setError(t('committee.conflict.reasonRequired'));
      return false;
    }
    setError(null);
    const done = await send({ input: { sessionId: session.id, itemId: item.itemId, memberId, reason } });
    if (done) announce(t('committee.conflict.done', { title }));
    return done;
  };
  const blocker = conflictBlocker(memberId, session, item);
  return (
    <FormDialog
      trigger={t('committee.conflict.trigger')}
      triggerContext={title}
      title={t('committee.conflict.title', { title })}
      submit={t('committee.conflict.submit')}
      blockedBy={blocker && blockerText(t, blocker, session)}
      problem={problem}
      onOpen={() => {
        setProblem(null);
        setError(null);
      }}
      onSubmit={submit}
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
