import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AuditScreen } from './audit-screen';
import { EventCard } from './event-card';
import { useServiceLog } from './use-service-log';

const SERVICES = ['civic', 'department', 'committee', 'feedback'] as const;

function serviceFromAddress(): string {
  const asked = new URLSearchParams(window.location.search).get('service');
  return (SERVICES as readonly string[]).includes(asked ?? '') ? asked! : 'committee';
}

/** Each service's log, event by event, with a live tail of what is recorded while the auditor watches. */
export function ServiceLogPage() {
  const { t } = useTranslation();
  const [service, setService] = useState(serviceFromAddress);
  const [following, setFollowing] = useState(true);
  const choose = (next: string) => {
    window.history.replaceState(null, '', `?service=${next}`);
    setService(next);
  };
  return (
    <AuditScreen title={t('audit.log.title')} pageTitle={t('audit.log.pageTitle')}>
      <p>{t('audit.log.intro')}</p>
      <div className="log-controls">
        <label className="field">
          {t('audit.log.service')}
          <select value={service} onChange={(event) => choose(event.target.value)}>
            {SERVICES.map((name) => (
              <option key={name} value={name}>
                {t(`audit.services.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={following}
            onChange={(event) => setFollowing(event.target.checked)}
          />
          {t('audit.log.follow')}
        </label>
      </div>
      <ServiceLog service={service} following={following} />
    </AuditScreen>
  );
}

function ServiceLog({ service, following }: { service: string; following: boolean }) {
  const { t } = useTranslation();
  const { view, problem, loading, readNext } = useServiceLog(service, following);
  return (
    <section aria-labelledby="log-events">
      <h2 id="log-events">{t(`audit.services.${service}`)}</h2>
      {/* not a live region: the tail announces what it adds, once, through the app's announcer */}
      <p>
        {loading ? t('audit.loading') : t('audit.log.count', { count: view.events.length })}{' '}
        {following ? t('audit.log.following') : t('audit.log.notFollowing')}
      </p>
      {problem && <p role="alert">{t('audit.failed', { message: problem })}</p>}
      {!loading && view.events.length === 0 && <p>{t('audit.log.empty')}</p>}
      <ol className="audit-events">
        {view.events.map((event) => (
          <li key={event.eventId}>
            <EventCard event={event} showStream />
          </li>
        ))}
      </ol>
      {view.cursor !== null && !view.complete && (
        <Button className="button" onPress={() => void readNext()}>
          {t('audit.log.loadMore')}
        </Button>
      )}
    </section>
  );
}
