import { useTranslation } from 'react-i18next';
import type { DepartmentReviewQueueQuery } from '../gql/graphql';
import { dateText } from '../forms/dates';
import { AnswerDialog } from './answer-dialog';
import { InterimAnswerDialog } from './interim-answer-dialog';
import { ProposalLink } from './proposal-link';
import { Chip } from '../design/chip';
import { publicName } from '../people/public-name';

type OpenReview = DepartmentReviewQueueQuery['open'][number];

/** An open review: the days the platform counts against its deadline, overdue in words, its interim answers. */
export function QueuedReview({ review, actsFor }: { review: OpenReview; actsFor: boolean }) {
  const { t, i18n } = useTranslation();
  const title = review.proposal?.title ?? review.proposalId;
  return (
    <li className="card queued-review">
      <h3>
        <ProposalLink id={review.proposalId} title={title} />
      </h3>
      <p className="desk-deadline">
        <span>
          {t('department.queue.days', { elapsed: review.daysElapsed, allowed: review.daysAllowed })}
        </span>
        <span>{t('department.queue.due', { date: dateText(i18n.language, review.dueAt) })}</span>
      </p>
      <p>
        <Chip tone={review.overdue ? 'alert' : 'active'}>
          {review.overdue ? t('department.queue.overdue') : t('department.queue.onTime')}
        </Chip>
      </p>
      {!review.lead && <p>{t('department.queue.joint')}</p>}
      {review.interimAnswers.length > 0 && (
        <>
          <h4>{t('department.queue.interims')}</h4>
          <ul>
            {review.interimAnswers.map((answer) => (
              <li key={answer.givenAt}>
                {t('department.queue.interim', {
                  date: dateText(i18n.language, answer.givenAt),
                  name: publicName(t, answer.giver),
                  text: answer.text,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {actsFor && (
        <div className="desk-actions">
          <AnswerDialog review={{ id: review.id, department: review.department, title }} />
          <InterimAnswerDialog review={{ id: review.id, department: review.department, title }} />
        </div>
      )}
    </li>
  );
}
