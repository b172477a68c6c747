import { useTranslation } from 'react-i18next';
import type { ProposalPageQuery } from '../gql/graphql';
import { dateText } from '../forms/dates';

type AgendaItem = NonNullable<ProposalPageQuery['proposal']>['agendaItems'][number];

/** The committee's decisions on the proposal: outcome, rationale and the tally, as sealed. */
export function CommitteeDecisions({ items }: { items: AgendaItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="decisions" className="proposal-section">
      <h2 id="decisions">{t('proposal.decision.title')}</h2>
      <ul>
        {items.map(({ sessionId, itemId, decision }) => (
          <li key={`${sessionId}/${itemId}`}>
            {decision ? (
              <dl className="facts">
                <dt>{t('proposal.decision.outcome')}</dt>
                <dd>{t(`proposal.decisions.${decision.outcome}`)}</dd>
                <dt>{t('proposal.decision.rationale')}</dt>
                <dd>{decision.rationale}</dd>
                {decision.amendments && (
                  <>
                    <dt>{t('proposal.decision.amendments')}</dt>
                    <dd>{decision.amendments}</dd>
                  </>
                )}
                <dt>{t('proposal.decision.tally')}</dt>
                <dd>{t('proposal.decision.tallyText', { ...decision.tally, present: decision.present })}</dd>
                <dt>{t('proposal.decision.recorded')}</dt>
                <dd>{dateText(i18n.language, decision.recordedAt)}</dd>
              </dl>
            ) : (
              <p>{t('proposal.decision.pending', { session: sessionId })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
