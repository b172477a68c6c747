import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { navigate } from '../navigation';
import { apiMessage } from './api-message';
import { AuditScreen } from './audit-screen';
import { KeyChoice } from './key-choice';
import { streamPath } from './paths';
import { VerificationReport } from './verification-report';

const VERIFY_STREAM = graphql(`
  query AuditVerifyStream($streamId: String!) {
    auditTrail(streamId: $streamId) {
      ...AuditEventFields
    }
    checkpointKey {
      name
      keyId
      publicKeyPem
      originPrefix
    }
  }
`);

/**
 * One event checked in the browser: its stream's events and the city's key are fetched here, the inclusion proof
 * and its signed checkpoint once the event is known, and every hash is recomputed (VerificationReport).
 */
export function VerifyPage({ streamId, streamVersion }: { streamId: string; streamVersion: number }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: VERIFY_STREAM, variables: { streamId } });
  const stream = data?.auditTrail ?? [];
  const event = stream.find((candidate) => candidate.streamVersion === streamVersion);
  const [givenKey, setGivenKey] = useState<string | null>(null);
  const served = data?.checkpointKey;
  const key = useMemo(
    () => served && (givenKey ? { ...served, publicKeyPem: givenKey } : served),
    [served, givenKey],
  );
  return (
    <AuditScreen
      title={t('audit.verify.title')}
      pageTitle={t('audit.verify.pageTitle', { streamId, version: streamVersion })}
    >
      <p>{t('audit.verify.intro')}</p>
      {fetching && <p role="status">{t('audit.loading')}</p>}
      {error && <p role="alert">{t('audit.failed', { message: apiMessage(error) })}</p>}
      {data && !event && (
        <p role="alert">{t('audit.verify.noSuchVersion', { streamId, version: streamVersion })}</p>
      )}
      {event && (
        <>
          <p className="verified-event">
            {t('audit.verify.event', { type: event.type, version: event.streamVersion, streamId })}
          </p>
          {served && key ? (
            <>
              <KeyChoice served={served} given={givenKey} onGive={setGivenKey} />
              <VerificationReport stream={stream} event={event} cityKey={key} />
            </>
          ) : (
            <p role="alert">{t('audit.verify.noKey')}</p>
          )}
        </>
      )}
      <p>
        <a href={streamPath(streamId)} onClick={navigate}>
          {t('audit.verify.backToStream', { streamId })}
        </a>
      </p>
    </AuditScreen>
  );
}
