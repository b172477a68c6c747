import { useTranslation } from 'react-i18next';
import type { DepartmentImplementationsQuery } from '../gql/graphql';
import { dateText } from '../forms/dates';
import { CompleteImplementationDialog, StallDialog } from './implementation-closing-dialogs';
import { MilestoneDoneButton } from './milestone-done-button';
import { PlanDialog } from './plan-dialog';
import { ProgressDialog } from './progress-dialog';
import { ProposalLink } from './proposal-link';
import { Chip, ChipTone } from '../design/chip';

/** Requested waits for the department's plan; a stalled one needs attention. */
const STATUS_TONE: Record<string, ChipTone> = {
  requested: 'waiting',
  in_progress: 'active',
  stalled: 'alert',
  completed: 'done',
};

export type DeskImplementation = DepartmentImplementationsQuery['implementations'][number];

/** An implementation: its status in words, its progress bar, its milestones and reports, and what comes next. */
export function ImplementationCard({
  implementation,
  actsFor,
}: {
  implementation: DeskImplementation;
  actsFor: boolean;
}) {
  const { t, i18n } = useTranslation();
  const date = (at: string) => dateText(i18n.language, at);
  const title = implementation.proposal?.title ?? implementation.proposalId;
  const ongoing = implementation.status === 'in_progress' || implementation.status === 'stalled';
  const subject = { id: implementation.id, title, percent: implementation.percent };
  return (
    <li className="card desk-implementation">
      <h3>
        <ProposalLink id={implementation.proposalId} title={title} />
      </h3>
      <p>
        <Chip tone={STATUS_TONE[implementation.status] ?? 'neutral'}>
          {t(`department.implementations.status.${implementation.status}`)}
        </Chip>
      </p>
      {implementation.stalledReason && (
        <p>{t('department.implementations.stalledBecause', { reason: implementation.stalledReason })}</p>
      )}
      <p>
        <progress
          max={100}
          value={implementation.percent}
          aria-label={t('department.implementations.progress', { title })}
        />
        {t('department.implementations.percent', { percent: implementation.percent })}
      </p>
      {implementation.milestones.length > 0 && (
        <>
          <h4>{t('department.implementations.milestones')}</h4>
          <ol className="desk-milestones">
            {implementation.milestones.map((milestone) => (
              <li key={milestone.milestoneId}>
                <span>{milestone.title}</span>{' '}
                <span>{t('department.implementations.milestoneDue', { date: date(milestone.dueAt) })}</span>{' '}
                <Chip tone={milestone.completedAt ? 'done' : 'neutral'}>
                  {milestone.completedAt
                    ? t('department.implementations.milestoneDone', { date: date(milestone.completedAt) })
                    : t('department.implementations.milestoneOpen')}
                </Chip>
                {actsFor && ongoing && !milestone.completedAt && (
                  <MilestoneDoneButton implementationId={implementation.id} milestone={milestone} />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {implementation.reports.length > 0 && (
        <>
          <h4>{t('department.implementations.reports')}</h4>
          <ul>
            {implementation.reports.map((report) => (
              <li key={report.reportedAt}>
                {t('department.implementations.report', { ...report, date: date(report.reportedAt) })}
                {report.reason && (
                  <> {t('department.implementations.reportReason', { reason: report.reason })}</>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {actsFor && implementation.status === 'requested' && (
        <div className="desk-actions">
          <PlanDialog implementation={subject} />
        </div>
      )}
      {actsFor && ongoing && (
        <div className="desk-actions">
          <ProgressDialog implementation={subject} />
          {implementation.status === 'in_progress' && <StallDialog implementation={subject} />}
          <CompleteImplementationDialog implementation={subject} />
        </div>
      )}
    </li>
  );
}
