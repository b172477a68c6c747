import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicPerson, publicName } from '../people/public-name';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { CommitteeSessionPageQuery } from '../gql/graphql';
import { navigate } from '../navigation';
import { RequireRole } from '../session/require-role';
import './committee.css';
import { AgendaItemSection } from './agenda-item';
import { useFormatDate } from './format-date';
import { Minutes } from './minutes';
import { COMMITTEE_ROLES } from './roles';
import { Roster } from './roster';
import { useDocumentTitle } from './use-document-title';
import { SessionStateChip } from './session-state-chip';
import { spaceName } from '../spaces/space-names';

const SESSION = graphql(`
  query CommitteeSessionPage($id: String!) {
    committeeSession(id: $id) {
      id
      spaceId
      space {
        nameKo
        nameEn
      }
      scheduledFor
      roster
      quorum
      present
      quorumMet
      minutes
      minutesPublishedAt
      attendance {
        memberId
        present
      }
      agenda {
        itemId
        proposalId
        source
        proposal {
          id
          title
        }
        recusals {
          memberId
          reason
        }
        motions {
          motionId
          text
          proposer {
            displayName
            role
          }
          sealed
          yourVote
          votingBlockedBy
          tally {
            for
            against
            abstain
          }
        }
        decision {
          decisionId
          outcome
          motionId
          tally {
            for
            against
            abstain
          }
          present
          quorum
          recused
          rationale
          amendments
          supersedes
          recordedAt
          toSpace {
            nameKo
            nameEn
          }
        }
      }
    }
  }
`);

/** The roster's names come from the session's own space's committee: a member of one is no member of another's. */
const MEMBERS = graphql(`
  query CommitteeSessionMembers($spaceId: String!) {
    committeeMembers(spaceId: $spaceId) {
      id
      person {
        displayName
        role
      }
    }
  }
`);

const SESSION_CHANGES = graphql(`
  subscription CommitteeSessionChanges($id: String!) {
    committeeSessionChanged(sessionId: $id) {
      id
    }
  }
`);

export type SessionDetails = NonNullable<CommitteeSessionPageQuery['committeeSession']>;
export type AgendaItem = SessionDetails['agenda'][number];

/** One session: roster and attendance, quorum, the agenda with its votes and decisions, and the minutes. */
export function SessionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const [{ data, error }] = useQuery({ query: SESSION, variables: { id } });
  const spaceId = data?.committeeSession?.spaceId ?? '';
  const [members] = useQuery({ query: MEMBERS, variables: { spaceId }, pause: !spaceId });
  // each change to the session makes urql fetch the page's query again: the tally and quorum stay live
  const live = useMemo(() => ({ additionalTypenames: ['CommitteeSession'] }), []);
  useSubscription({ query: SESSION_CHANGES, variables: { id }, context: live });
  const session = data?.committeeSession;
  const title = session
    ? t(session.space ? 'committee.sessionOfSpace' : 'committee.sessionOf', {
        date: formatDate(session.scheduledFor),
        space: session.space && spaceName(session.space, i18n.language),
      })
    : t('committee.sessionTitle');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <a href="/committee" onClick={navigate}>
          {t('committee.back')}
        </a>
      </p>
      <h1>{title}</h1>
      <RequireRole roles={COMMITTEE_ROLES}>
        {error && <p role="alert">{t('committee.failed', { message: error.message })}</p>}
        {!data && !error && <p role="status">{t('committee.loading')}</p>}
        {data && !session && <p role="alert">{t('committee.notFound', { id })}</p>}
        {session && <SessionBody session={session} names={members.data?.committeeMembers ?? []} />}
      </RequireRole>
    </>
  );
}

function SessionBody({
  session,
  names,
}: {
  session: SessionDetails;
  names: { id: string; person: PublicPerson }[];
}) {
  const { t } = useTranslation();
  // a member no longer on the roster is still a committee member of this session, never an account id
  const nameOf = (memberId: string) =>
    publicName(t, names.find((member) => member.id === memberId)?.person ?? { role: 'committee_member' });
  return (
    <>
      <p>
        <SessionStateChip session={session} />
      </p>
      <p className={session.quorumMet ? 'quorum met' : 'quorum unmet'}>
        {t(session.quorumMet ? 'committee.quorumMet' : 'committee.quorumUnmet', {
          count: session.present,
          quorum: session.quorum,
        })}
      </p>
      <Roster session={session} nameOf={nameOf} />
      <section aria-labelledby="agenda">
        <h2 id="agenda">{t('committee.agenda')}</h2>
        {session.agenda.length === 0 && <p>{t('committee.noAgenda')}</p>}
        {session.agenda.map((item) => (
          <AgendaItemSection key={item.itemId} session={session} item={item} nameOf={nameOf} />
        ))}
      </section>
      <Minutes session={session} />
    </>
  );
}
