import { useTranslation } from 'react-i18next';
import { navigate } from '../navigation';
import { hasRole, useSession } from '../session/session';
import { ConflictDialog } from './conflict-dialog';
import { DecisionDialog } from './decision-dialog';
import { DecisionView } from './decision-view';
import { MotionDialog } from './motion-dialog';
import { MotionView } from './motion-view';
import { SEATED } from './roles';
import type { AgendaItem, SessionDetails } from './session-page';
import { proposalPath } from '../proposals/paths';

interface Props {
  session: SessionDetails;
  item: AgendaItem;
  nameOf: (memberId: string) => string;
}

/** One proposal on the agenda: who is recused, the motions and their live tallies, and the sealed decision. */
export function AgendaItemSection({ session, item, nameOf }: Props) {
  const { t } = useTranslation();
  const { session: signedIn } = useSession();
  const person = signedIn?.person;
  const title = item.proposal?.title ?? item.proposalId;
  const headingId = `item-${item.itemId}`;
  return (
    <section aria-labelledby={headingId} className="agenda-item">
      <h3 id={headingId}>
        <a href={proposalPath(item.proposalId)} onClick={navigate}>
          {title}
        </a>
      </h3>
      <p>{t(`committee.source.${item.source}`)}</p>
      <h4>{t('committee.recusals.title')}</h4>
      {item.recusals.length ? (
        <ul>
          {item.recusals.map((recusal) => (
            <li key={recusal.memberId}>
              {t('committee.recusals.entry', { name: nameOf(recusal.memberId), reason: recusal.reason })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('committee.recusals.none')}</p>
      )}
      <h4>{t('committee.motions.title')}</h4>
      {item.motions.length === 0 && <p>{t('committee.motions.none')}</p>}
      <ul className="motions">
        {item.motions.map((motion) => (
          <MotionView key={motion.motionId} session={session} item={item} motion={motion} />
        ))}
      </ul>
      {person && hasRole(person, ...SEATED) && (
        <div className="committee-actions">
          <MotionDialog session={session} item={item} title={title} memberId={person.subject} />
          <ConflictDialog session={session} item={item} title={title} memberId={person.subject} />
        </div>
      )}
      {item.decision && <DecisionView decision={item.decision} nameOf={nameOf} />}
      {hasRole(person, 'committee_chair') && <DecisionDialog session={session} item={item} title={title} />}
    </section>
  );
}
