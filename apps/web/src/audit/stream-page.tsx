import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { apiMessage } from './api-message';
import { AuditScreen } from './audit-screen';
import { EventCard } from './event-card';
import { StreamAsOf } from './stream-as-of';
import { StreamDiff } from './stream-diff';

const STREAM_TRAIL = graphql(`
  query AuditStreamTrail($streamId: String!) {
    auditTrail(streamId: $streamId) {
      ...AuditEventFields
    }
  }
`);

/** One stream: its events with their hash chain, its state as of any moment, and what changed between two. */
export function StreamPage({ streamId }: { streamId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: STREAM_TRAIL, variables: { streamId } });
  const events = data?.auditTrail ?? [];
  const positions = events.map((event) => event.globalPosition);
  return (
    <AuditScreen
      title={t('audit.stream.title', { streamId })}
      pageTitle={t('audit.stream.pageTitle', { streamId })}
    >
      {fetching && <p role="status">{t('audit.loading')}</p>}
      {error && <p role="alert">{t('audit.failed', { message: apiMessage(error) })}</p>}
      {data && (
        <>
          <StreamAsOf streamId={streamId} suggested={positions.at(-1) ?? 0} />
          <StreamDiff streamId={streamId} suggested={[positions[0] ?? 0, positions.at(-1) ?? 0]} />
          <section aria-labelledby="stream-events">
            <h2 id="stream-events">{t('audit.stream.events')}</h2>
            {events.length === 0 && <p>{t('audit.stream.empty')}</p>}
            <ol className="audit-events">
              {events.map((event) => (
                <li key={event.eventId}>
                  <EventCard event={event} showStream={false} />
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </AuditScreen>
  );
}
