import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { CommitteeSessionsQuery } from '../gql/graphql';
import { navigate } from '../navigation';
import { RequireRole } from '../session/require-role';
import { hasRole, useSession } from '../session/session';
import './committee.css';
import { Docket } from './docket-list';
import { useFormatDate } from './format-date';
import { useCommitteeSpace, useCommitteeTitle } from './committee-space';
import { COMMITTEE_ROLES, SESSION_RUNNERS } from './roles';
import { ScheduleSessionDialog } from './schedule-session-dialog';
import { useDocumentTitle } from './use-document-title';
import { SessionStateChip } from './session-state-chip';

const SESSIONS = graphql(`
  query CommitteeSessions($spaceId: String!) {
    committeeSessions(spaceId: $spaceId) {
      id
      scheduledFor
      quorum
      present
      minutesPublishedAt
      agenda {
        itemId
      }
    }
    committeeDocket(spaceId: $spaceId) {
      proposalId
      source
      proposedAt
      fromSpace {
        nameKo
        nameEn
      }
      proposal {
        id
        title
      }
      agendaItems {
        sessionId
        itemId
        decision {
          outcome
        }
      }
    }
  }
`);

export type Session = CommitteeSessionsQuery['committeeSessions'][number];

/** The chosen space's committee: its sessions, the latest first, and what waits for an agenda. */
export function SessionsPage() {
  const { spaceId, name } = useCommitteeSpace();
  const title = useCommitteeTitle(name);
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <RequireRole roles={COMMITTEE_ROLES}>
        <Sessions spaceId={spaceId} />
      </RequireRole>
    </>
  );
}

function Sessions({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const { session: signedIn } = useSession();
  // a committee with no session yet lists none: without the type named, a session scheduled would not refetch it
  const sessionsChange = useMemo(() => ({ additionalTypenames: ['CommitteeSession'] }), []);
  const [{ data, error }] = useQuery({ query: SESSIONS, variables: { spaceId }, context: sessionsChange });
  if (error) return <p role="alert">{t('committee.failed', { message: error.message })}</p>;
  if (!data) return <p role="status">{t('committee.loading')}</p>;
  const runsSessions = hasRole(signedIn?.person, ...SESSION_RUNNERS);
  const open = data.committeeSessions.filter((session) => !session.minutesPublishedAt);
  return (
    <>
      <section aria-labelledby="sessions">
        <h2 id="sessions">{t('committee.sessions')}</h2>
        {runsSessions && <ScheduleSessionDialog spaceId={spaceId} />}
        {data.committeeSessions.length ? (
          <ul className="cards">
            {data.committeeSessions.map((session) => (
              <SessionCard key={session.id} session={session} />
            ))}
          </ul>
        ) : (
          <p>{t('committee.noSessions')}</p>
        )}
      </section>
      <Docket entries={data.committeeDocket} openSessions={runsSessions ? open : []} />
    </>
  );
}

function SessionCard({ session }: { session: Session }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <li className="card">
      <h3>
        <a href={`/committee/${encodeURIComponent(session.id)}`} onClick={navigate}>
          {t('committee.sessionOf', { date: formatDate(session.scheduledFor) })}
        </a>
      </h3>
      <p>
        <SessionStateChip session={session} />
      </p>
      <p>
        {t('committee.agendaCount', { count: session.agenda.length })} ·{' '}
        {t('committee.quorumCount', { count: session.present, quorum: session.quorum })}
      </p>
    </li>
  );
}
