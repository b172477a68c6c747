import { useTranslation } from 'react-i18next';
import { spaceName } from '../spaces/space-names';
import { useFormatDate } from './format-date';
import type { AgendaItem } from './session-page';

type Decision = NonNullable<AgendaItem['decision']>;

/** A recorded decision: sealed (said in words, not only by its look), with the tally the domain counted. */
export function DecisionView({ decision, nameOf }: { decision: Decision; nameOf: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <div className="decision" role="group" aria-label={t('committee.decision.title')}>
      <h4>
        {t('committee.decision.title')}: {t(`committee.outcome.${decision.outcome}`)}{' '}
        <span className="sealed">{t('committee.decision.sealed')}</span>
      </h4>
      <dl>
        <dt>{t('committee.decision.tally')}</dt>
        <dd>{t('committee.tally', decision.tally)}</dd>
        <dt>{t('committee.decision.quorum')}</dt>
        <dd>{t('committee.quorumCount', { count: decision.present, quorum: decision.quorum })}</dd>
        <dt>{t('committee.decision.recused')}</dt>
        <dd>
          {decision.recused.length ? decision.recused.map(nameOf).join(', ') : t('committee.recusals.none')}
        </dd>
        <dt>{t('committee.decision.rationale')}</dt>
        <dd className="rationale">{decision.rationale}</dd>
        {decision.amendments && (
          <>
            <dt>{t('committee.decision.amendments')}</dt>
            <dd>{decision.amendments}</dd>
          </>
        )}
        {decision.toSpace && (
          <>
            <dt>{t('committee.decision.movedTo')}</dt>
            <dd>
              {t('committee.decision.movedToSpace', { space: spaceName(decision.toSpace, i18n.language) })}
            </dd>
          </>
        )}
        <dt>{t('committee.decision.recordedAt')}</dt>
        <dd>{formatDate(decision.recordedAt)}</dd>
      </dl>
      {decision.supersedes && <p>{t('committee.decision.supersedesEarlier')}</p>}
    </div>
  );
}
