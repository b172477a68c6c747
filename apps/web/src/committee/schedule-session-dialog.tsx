import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { FormDialog } from './form-dialog';
import { sessionIdFor } from './ids';
import { CommitteeTextField } from './text-field';
import { useCommand } from './use-command';

const SCHEDULE = graphql(`
  mutation ScheduleCommitteeSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
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

/** Scheduling a session (chair, secretariat): its roster and quorum are the committee's on that day. */
export function ScheduleSessionDialog() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { send, problem, setProblem } = useCommand(SCHEDULE);
  const [when, setWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (Number.isNaN(Date.parse(when))) {
      setError(t('committee.schedule.whenRequired'));
      return false;
    }
    setError(null);
    const scheduledFor = new Date(when).toISOString();
    const done = await send({ input: { sessionId: sessionIdFor(when), scheduledFor } });
    if (done) announce(t('committee.schedule.done'));
    return done;
  };
  return (
    <FormDialog
      trigger={t('committee.schedule.trigger')}
      title={t('committee.schedule.title')}
      submit={t('committee.schedule.submit')}
      problem={problem}
      onOpen={() => {
        setProblem(null);
        setError(null);
      }}
      onSubmit={submit}
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
