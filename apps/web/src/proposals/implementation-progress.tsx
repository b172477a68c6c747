import { useTranslation } from 'react-i18next';
import type { ProposalPageQuery } from '../gql/graphql';
import { dateText } from '../forms/dates';
import { namedDepartment } from '../departments/department-names';

type Implementation = NonNullable<NonNullable<ProposalPageQuery['proposal']>['implementation']>;

/** How far the department got: a named progress bar with the reported percent, each milestone done or not. */
export function ImplementationProgress({ implementation }: { implementation: Implementation }) {
  const { t, i18n } = useTranslation();
  const date = (at: string) => dateText(i18n.language, at);
  const { percent, milestones, reports } = implementation;
  return (
    <section aria-labelledby="implementation" className="proposal-section">
      <h2 id="implementation">{t('proposal.implementation.title')}</h2>
      <p>
        {t('proposal.implementation.by', {
          department: namedDepartment(implementation, i18n.language),
          status: t(`proposal.implementationStatus.${implementation.status}`),
        })}
      </p>
      <progress
        aria-label={t('proposal.implementation.progress')}
        value={percent}
        max={100}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
      />
      <p>{t('proposal.implementation.percent', { percent })}</p>
      {implementation.stalledReason && (
        <p className="overdue">
          {t('proposal.implementation.stalled', { reason: implementation.stalledReason })}
        </p>
      )}
      {milestones.length > 0 && (
        <>
          <h3>{t('proposal.implementation.milestones')}</h3>
          <ul>
            {milestones.map((milestone) => (
              <li key={milestone.milestoneId}>
                {milestone.completedAt
                  ? t('proposal.implementation.milestoneDone', {
                      title: milestone.title,
                      date: date(milestone.completedAt),
                    })
                  : t('proposal.implementation.milestoneOpen', {
                      title: milestone.title,
                      date: date(milestone.dueAt),
                    })}
              </li>
            ))}
          </ul>
        </>
      )}
      {reports.length > 0 && (
        <>
          <h3>{t('proposal.implementation.reports')}</h3>
          <ul>
            {reports.map((report) => (
              <li key={report.reportedAt}>
                {t('proposal.implementation.report', {
                  date: date(report.reportedAt),
                  percent: report.percent,
                  note: report.note,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
