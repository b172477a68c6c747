import { useTranslation } from 'react-i18next';
import type { ProposalPageQuery } from '../gql/graphql';
import { dateText, wonText } from '../forms/dates';
import { publicName } from '../people/public-name';
import { namedDepartment } from '../departments/department-names';

type Review = NonNullable<ProposalPageQuery['proposal']>['reviews'][number];

/**
 * A department's review: the days the platform counts against its deadline, overdue said in words, the interim
 * answers, and the answer with its reasons and cost once given.
 */
export function ReviewItem({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const date = (at: string) => dateText(i18n.language, at);
  const allowed = Math.round(
    (Date.parse(review.dueAt) - Date.parse(review.openedAt)) / (24 * 60 * 60 * 1000),
  );
  return (
    <li className="review">
      <h3>{namedDepartment(review, i18n.language)}</h3>
      <p>{t('proposal.reviewDays', { elapsed: review.daysElapsed, allowed, due: date(review.dueAt) })}</p>
      {review.overdue && <p className="overdue">{t('proposal.overdue')}</p>}
      {review.interimAnswers.map((answer) => (
        <p key={answer.givenAt}>
          {t('proposal.interim', {
            date: date(answer.givenAt),
            name: publicName(t, answer.giver),
            text: answer.text,
          })}
        </p>
      ))}
      {review.outcome && review.answeredAt ? (
        <dl className="facts">
          <dt>{t('proposal.answer.outcome')}</dt>
          <dd>{t(`proposal.outcomes.${review.outcome}`)}</dd>
          <dt>{t('proposal.answer.reasons')}</dt>
          <dd>{review.reasons}</dd>
          <dt>{t('proposal.answer.cost')}</dt>
          <dd>
            {review.estimatedCost === null
              ? t('proposal.answer.noCost')
              : wonText(i18n.language, review.estimatedCost)}
          </dd>
          <dt>{t('proposal.answer.answered')}</dt>
          <dd>
            {t('proposal.answer.by', {
              date: date(review.answeredAt),
              officer: publicName(t, review.answerer),
            })}
          </dd>
        </dl>
      ) : (
        <p>{t('proposal.answer.pending')}</p>
      )}
    </li>
  );
}
