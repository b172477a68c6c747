import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { Source } from '../gql/graphql';
import { ChoiceGroup } from './choice-group';
import { useFormatDate } from './format-date';
import { FormDialog } from './form-dialog';
import { nextId } from './ids';
import type { Session } from './sessions-page';
import { useCommandForm } from './use-command';

const ADD_AGENDA_ITEM = graphql(`
  mutation AddCommitteeAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      ...CommitteeCommandResult
    }
  }
`);

interface Props {
  entry: { proposalId: string; source: string };
  title: string;
  sessions: Session[];
}

/** Putting a proposal from the docket on an open session's agenda (chair, secretariat). */
export function AddToAgendaDialog({ entry, title, sessions }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { send, error, check, dialog } = useCommandForm(ADD_AGENDA_ITEM);
  const [sessionId, setSessionId] = useState('');
  const submit = async () => {
    const session = sessions.find((candidate) => candidate.id === sessionId);
    check(session ? null : t('committee.addItem.sessionRequired'));
    if (!session) return false;
    const itemId = nextId(
      'item',
      session.agenda.map((item) => item.itemId),
    );
    const source = entry.source as Source;
    return send({ input: { sessionId, itemId, proposalId: entry.proposalId, source } });
  };
  return (
    <FormDialog
      trigger={t('committee.addItem.trigger')}
      triggerContext={title}
      title={t('committee.addItem.title', { title })}
      submit={t('committee.addItem.submit')}
      {...dialog}
      onSubmit={submit}
      done={t('committee.addItem.done', { title })}
    >
      <ChoiceGroup
        label={t('committee.addItem.session')}
        options={sessions.map((session) => ({
          value: session.id,
          label: t('committee.sessionOf', { date: formatDate(session.scheduledFor) }),
        }))}
        value={sessionId}
        onChange={setSessionId}
        error={error}
      />
    </FormDialog>
  );
}
