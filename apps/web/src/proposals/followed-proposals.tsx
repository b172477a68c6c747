import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { useLiveEvent } from '../use-live-event';
import { isNewlySubmitted, notifiesAt } from './live-news';

const MINE = graphql(`
  subscription MyProposalsChanged {
    myProposalsChanged {
      id
      title
      status
    }
  }
`);

/**
 * On every screen, says politely each move of a proposal the signed-in person drafted or supports (the gateway
 * picks them). Rendered only while someone is signed in. A submission is left out: its author just made it, and
 * the list announces it to everyone.
 */
export function FollowedProposals({ path }: { path: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  useLiveEvent({ query: MINE }, ({ myProposalsChanged: change }) => {
    if (isNewlySubmitted(change) || !notifiesAt(path, change.id)) return;
    const status = t(`proposals.status.${change.status}`);
    announce(t('proposals.live.followed', { title: change.title, status }));
  });
  return null;
}
