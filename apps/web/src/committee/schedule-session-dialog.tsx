import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { FormDialog } from './form-dialog';
import { sessionIdFor } from './ids';
import { CommitteeTextField } from './text-field';
import { useCommandForm } from './use-command';

const SCHEDULE = graphql(`
  mutation ScheduleCommitteeSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      ...CommitteeCommandResult
    }
  }
`);

/** Scheduling a session of a space's committee (its chair, the secretariat): its roster and quorum are the committee's on that day. */
export function ScheduleSessionDialog({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const { send, error, check, dialog } = useCommandForm(SCHEDULE);
  const [when, setWhen] = useState('');
  const submit = async () => {
    if (!check(Number.isNaN(Date.parse(when)) ? t('committee.schedule.whenRequired') : null)) return false;
    const scheduledFor = new Date(when).toISOString();
    return send({ input: { spaceId, sessionId: sessionIdFor(when, spaceId), scheduledFor } });
  };
  return (
    <FormDialog
      trigger={t('committee.schedule.trigger')}
      title={t('committee.schedule.title')}
      submit={t('committee.schedule.submit')}
      {...dialog}
      onSubmit={submit}
      done={t('committee.schedule.done')}
    >
      <CommitteeTextField
        type="datetime-local"
        label={t('committee.schedule.when')}
        description={t('committee.schedule.whenHint')}
        value={when}
        onChange={setWhen}
        error={error}
      />
    </FormDialog>
  );
}
