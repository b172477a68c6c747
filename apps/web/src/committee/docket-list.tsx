import { useTranslation } from 'react-i18next';
import type { CommitteeSessionsQuery } from '../gql/graphql';
import { navigate } from '../navigation';
import { AddToAgendaDialog } from './add-to-agenda-dialog';
import { awaitsAgenda } from './docket';
import { useFormatDate } from './format-date';
import type { Session } from './sessions-page';
import { proposalPath } from '../proposals/paths';
import { Chip } from '../design/chip';
import { sourceText } from './source-text';

type Entry = CommitteeSessionsQuery['committeeDocket'][number];

/** What the committee was asked to deliberate; those who run sessions put what waits on an open session's agenda. */
export function Docket({ entries, openSessions }: { entries: Entry[]; openSessions: Session[] }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <section aria-labelledby="docket">
      <h2 id="docket">{t('committee.docket.title')}</h2>
      <p>{t('committee.docket.intro')}</p>
      {entries.length === 0 && <p>{t('committee.docket.empty')}</p>}
      <ul className="cards">
        {entries.map((entry) => {
          const title = entry.proposal?.title ?? entry.proposalId;
          const waiting = awaitsAgenda(entry);
          return (
            <li key={`${entry.proposalId}/${entry.source}`} className="card">
              <h3>
                <a href={proposalPath(entry.proposalId)} onClick={navigate}>
                  {title}
                </a>
              </h3>
              <p>
                {sourceText(t, i18n.language, entry.source, entry.fromSpace)} · {formatDate(entry.proposedAt)}
              </p>
              <p>
                <Chip tone={waiting ? 'waiting' : 'committee'}>
                  {waiting ? t('committee.docket.waiting') : t('committee.docket.placed')}
                </Chip>
              </p>
              {waiting && openSessions.length > 0 && (
                <AddToAgendaDialog entry={entry} title={title} sessions={openSessions} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
