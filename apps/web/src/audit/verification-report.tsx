import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CityKey, Verification, verifyEvent } from '@hyeopchi/audit/portable';
import { graphql } from '../gql';
import type { AuditEventFieldsFragment } from '../gql/graphql';
import { apiMessage } from './api-message';
import { CheckLine } from './check-line';
import { webCrypto } from './verification/web-crypto';

const INCLUSION_PROOF = graphql(`
  query AuditInclusionProof($eventId: String!) {
    inclusionProof(eventId: $eventId) {
      service
      leafIndex
      treeSize
      auditPath
      signedNote
    }
  }
`);

const CHECKS = ['chain', 'inclusion', 'signature'] as const;

/** Each check's verdict, computed here from the event's stream, its inclusion proof and the city's key. */
export function VerificationReport({
  stream,
  event,
  cityKey,
}: {
  stream: AuditEventFieldsFragment[];
  event: AuditEventFieldsFragment;
  cityKey: CityKey;
}) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: INCLUSION_PROOF, variables: { eventId: event.eventId } });
  const proof = data?.inclusionProof;
  const [verification, setVerification] = useState<Verification | null>(null);
  useEffect(() => {
    // a check with another key starts afresh, so its verdict is announced even when it is the same
    setVerification(null);
    if (!proof) return;
    let current = true;
    void verifyEvent(webCrypto, stream, event.eventId, proof, cityKey).then(
      (result) => current && setVerification(result),
    );
    return () => {
      current = false;
    };
  }, [stream, event.eventId, proof, cityKey]);

  if (error) return <p role="alert">{t('audit.verify.notSigned', { message: apiMessage(error) })}</p>;
  const failed = verification ? CHECKS.filter((check) => !verification[check].passed) : [];
  return (
    <section aria-labelledby="verification">
      <h2 id="verification" className="visually-hidden">
        {t('audit.verify.title')}
      </h2>
      <p
        role="status"
        className={`verdict ${verification && (failed.length ? 'verdict-failed' : 'verdict-passed')}`}
      >
        {!verification
          ? t('audit.verify.running')
          : failed.length === 0
            ? t('audit.verify.passedAll')
            : t('audit.verify.failedSome', {
                checks: failed.map((check) => t(`audit.verify.checks.${check}`)).join(', '),
              })}
      </p>
      {verification && proof && (
        <>
          <ul className="checks">
            {CHECKS.map((check) => (
              <CheckLine key={check} name={check} check={verification[check]} proof={proof} />
            ))}
          </ul>
          <h3>{t('audit.verify.computed')}</h3>
          <dl className="audit-fields">
            {(['eventHash', 'leafHash', 'root', 'signedRoot'] as const).map((name) => (
              <div key={name}>
                <dt>{t(`audit.verify.${name}`)}</dt>
                <dd>
                  <code>{verification.computed[name] ?? t('audit.verify.unknown')}</code>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
