import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { hasRole, useSession } from '../session/session';
import { useFormatDate } from './format-date';
import { FormDialog } from './form-dialog';
import { SESSION_RUNNERS } from './roles';
import type { SessionDetails } from './session-page';
import { CommitteeTextField } from './text-field';
import { useCommandForm } from './use-command';

const PUBLISH_MINUTES = graphql(`
  mutation PublishCommitteeMinutes($input: PublishMinutesInput!) {
    publishMinutes(input: $input) {
      ...CommitteeCommandResult
    }
  }
`);

/** The minutes once published (which closes the session); the chair or secretariat publishes them. */
export function Minutes({ session }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { session: signedIn } = useSession();
  return (
    <section aria-labelledby="minutes">
      <h2 id="minutes">{t('committee.minutes.title')}</h2>
      {session.minutes && session.minutesPublishedAt ? (
        <>
          <p>{t('committee.minutes.publishedAt', { date: formatDate(session.minutesPublishedAt) })}</p>
          <p className="minutes">{session.minutes}</p>
        </>
      ) : (
        <p>{t('committee.minutes.notYet')}</p>
      )}
      {!session.minutesPublishedAt && hasRole(signedIn?.person, ...SESSION_RUNNERS) && (
        <PublishMinutesDialog sessionId={session.id} />
      )}
    </section>
  );
}

function PublishMinutesDialog({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { send, error, check, dialog } = useCommandForm(PUBLISH_MINUTES);
  const [minutes, setMinutes] = useState('');
  const submit = async () => {
    if (!check(minutes.trim() ? null : t('committee.minutes.required'))) return false;
    return send({ input: { sessionId, minutes } });
  };
  return (
    <FormDialog
      trigger={t('committee.minutes.trigger')}
      title={t('committee.minutes.dialogTitle')}
      submit={t('committee.minutes.submit')}
      {...dialog}
      onSubmit={submit}
      done={t('committee.minutes.done')}
    >
      <p>{t('committee.minutes.closes')}</p>
      <CommitteeTextField
        label={t('committee.minutes.text')}
        value={minutes}
        onChange={setMinutes}
        error={error}
      />
    </FormDialog>
  );
}
