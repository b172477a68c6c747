import { useTranslation } from 'react-i18next';
import type { DepartmentReviewQueueQuery } from '../gql/graphql';
import { dateText } from '../forms/dates';
import { publicName } from '../people/public-name';
import { ProposalLink } from './proposal-link';
import { Chip } from '../design/chip';

type AnsweredReview = DepartmentReviewQueueQuery['answered'][number];

/** An answered review: its outcome in words, whether it came late, and where its proposal went on to. */
export function AnsweredReviewItem({ review }: { review: AnsweredReview }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card answered-review">
      <h3>
        <ProposalLink id={review.proposalId} title={review.proposal?.title ?? review.proposalId} />
      </h3>
      {review.outcome && review.answeredAt && (
        <p>
          {t('department.answered.line', {
            outcome: t(`department.outcomes.${review.outcome}`),
            date: dateText(i18n.language, review.answeredAt),
            officer: publicName(t, review.answerer),
          })}
        </p>
      )}
      {review.overdue && (
        <p>
          <Chip tone="alert">{t('department.answered.late')}</Chip>
        </p>
      )}
      {review.proposal && (
        <p>
          {t('department.answered.proposalStatus', {
            status: t(`proposals.status.${review.proposal.status}`),
          })}
        </p>
      )}
    </li>
  );
}
