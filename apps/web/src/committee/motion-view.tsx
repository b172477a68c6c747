import { useTranslation } from 'react-i18next';
import { publicName } from '../people/public-name';
import type { AgendaItem, SessionDetails } from './session-page';
import { VoteDialog } from './vote-dialog';

type Motion = AgendaItem['motions'][number];

interface Props {
  session: SessionDetails;
  item: AgendaItem;
  motion: Motion;
}

/** A motion, its tally as it stands (live), the reader's own vote, and the way to vote or why not. */
export function MotionView({ session, item, motion }: Props) {
  const { t } = useTranslation();
  const { tally } = motion;
  return (
    <li className="motion">
      <p className="motion-text">{motion.text}</p>
      <p>{t('committee.motions.by', { name: publicName(t, motion.proposer) })}</p>
      <p className="tally" data-testid={`tally-${item.itemId}-${motion.motionId}`}>
        {t('committee.tally', { for: tally.for, against: tally.against, abstain: tally.abstain })}
      </p>
      {motion.sealed && <p className="sealed">{t('committee.motions.sealed')}</p>}
      {motion.yourVote && <p>{t('committee.yourVote', { vote: t(`committee.vote.${motion.yourVote}`) })}</p>}
      <VoteDialog session={session} item={item} motion={motion} />
    </li>
  );
}
