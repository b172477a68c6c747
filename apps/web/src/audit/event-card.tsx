import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contentJsonOf } from '@hyeopchi/audit/portable';
import type { AuditEventFieldsFragment } from '../gql/graphql';
import { navigate } from '../navigation';
import { JsonLeaves } from './json-leaves';
import { streamPath, verifyPath } from './paths';

/**
 * One event: where the log put it, who did it and why, its hashes, and its content decoded field by field or
 * raw, exactly as its hash covers it. `showStream` links to its stream where events of many streams are listed.
 */
export function EventCard({ event, showStream }: { event: AuditEventFieldsFragment; showStream: boolean }) {
  const { t } = useTranslation();
  const none = <span className="none">{t('audit.event.none')}</span>;
  const role = event.role && t(`session.roles.${event.role}`, { defaultValue: event.role });
  const fields: [string, ReactNode][] = [
    ['stream', event.streamId],
    ['version', event.streamVersion],
    ['position', event.globalPosition],
    ['recordedAt', <time dateTime={event.recordedAt}>{event.recordedAt}</time>],
    ['actor', event.actor ?? none],
    ['role', role ?? none],
    ['correlation', <code>{event.correlationId ?? none}</code>],
    ['causation', <code>{event.causationId ?? none}</code>],
    ['hash', <code>{event.hash}</code>],
    ['previousHash', event.previousHash ? <code>{event.previousHash}</code> : none],
  ];
  const label = t('audit.event.label', {
    type: event.type,
    version: event.streamVersion,
    streamId: event.streamId,
  });
  return (
    <article className="audit-event" aria-label={label}>
      <h3>{event.type}</h3>
      <dl className="audit-fields">
        {fields.map(([name, value]) => (
          <div key={name}>
            <dt>{t(`audit.event.${name}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{t('audit.event.decoded')}</summary>
        <h4>{t('audit.event.data')}</h4>
        <JsonLeaves value={event.data} />
        <h4>{t('audit.event.metadata')}</h4>
        <JsonLeaves value={event.metadata} />
      </details>
      <details>
        <summary>{t('audit.event.raw')}</summary>
        <pre className="raw-json">{contentJsonOf(event)}</pre>
      </details>
      <p className="event-links">
        {showStream && (
          <a href={streamPath(event.streamId)} onClick={navigate}>
            {t('audit.event.openStream', { streamId: event.streamId })}
          </a>
        )}
        <a href={verifyPath(event.streamId, event.streamVersion)} onClick={navigate}>
          {t('audit.event.verify', { streamId: event.streamId, version: event.streamVersion })}
        </a>
      </p>
    </article>
  );
}
