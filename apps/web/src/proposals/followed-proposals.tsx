import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { notifiesAt } from './live-news';

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
 * picks them). Rendered only while someone is signed in.
 */
export function FollowedProposals({ path }: { path: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // the subscription's handler outlives renders: it reads where the reader is now
  const here = useRef(path);
  here.current = path;
  useSubscription({ query: MINE }, (_previous, event) => {
    const { id, title, status } = event.myProposalsChanged;
    if (notifiesAt(here.current, id)) {
      announce(t('proposals.live.followed', { title, status: t(`proposals.status.${status}`) }));
    }
    return event;
  });
  return null;
}
