import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import type { AuditEventFieldsFragment } from '../gql/graphql';
import { apiMessage } from './api-message';
import { EMPTY_LOG, LogView, withPage } from './log-view';

const SERVICE_LOG = graphql(`
  query AuditServiceLog($service: String!, $after: String, $first: Int) {
    auditEvents(service: $service, after: $after, first: $first) {
      endCursor
      events {
        ...AuditEventFields
      }
    }
  }
`);

const PAGE = 50;
const TAIL_EVERY_MS = 2_000;

type Reading = { service: string; view: LogView<AuditEventFieldsFragment>; busy: boolean };

/**
 * A service's log as the event browser shows it: a page at a time from the start, and while `following`, the
 * events appended since, asked for every two seconds from the last cursor and announced. Polling, not a
 * subscription: the gateway may run apart from the services and hear of no append, and the log's commit-safe
 * read is what never skips an event.
 */
export function useServiceLog(service: string, following: boolean) {
  const { t } = useTranslation();
  const client = useClient();
  const announce = useAnnounce();
  const [view, setView] = useState<LogView<AuditEventFieldsFragment>>(EMPTY_LOG);
  const [problem, setProblem] = useState<string | null>(null);
  const reading = useRef<Reading>({ service, view: EMPTY_LOG, busy: false });

  /** Reads the next page; what it added, none when a read is already under way or the service changed. */
  const readNext = useCallback(async (): Promise<number> => {
    const at = reading.current;
    if (at.busy) return 0;
    at.busy = true;
    try {
      const result = await client
        .query(
          SERVICE_LOG,
          { service: at.service, after: at.view.cursor, first: PAGE },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (reading.current !== at) return 0;
      if (!result.data) {
        setProblem(result.error ? apiMessage(result.error) : null);
        return 0;
      }
      setProblem(null);
      const before = at.view.events.length;
      at.view = withPage(at.view, result.data.auditEvents, PAGE);
      setView(at.view);
      return at.view.events.length - before;
    } finally {
      at.busy = false;
    }
  }, [client]);

  useEffect(() => {
    reading.current = { service, view: EMPTY_LOG, busy: false };
    setView(EMPTY_LOG);
    void readNext();
  }, [service, readNext]);

  useEffect(() => {
    if (!following) return;
    const timer = setInterval(async () => {
      // only what was appended since the end was reached is news; the pages before it are the log's past
      const atTheEnd = reading.current.view.complete;
      const added = await readNext();
      if (atTheEnd && added > 0) announce(t('audit.log.appended', { count: added, service }));
    }, TAIL_EVERY_MS);
    return () => clearInterval(timer);
  }, [following, readNext, announce, t, service]);

  return { view, problem, loading: view.cursor === null && !problem, readNext };
}
