import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { AnsweredReviewItem } from './answered-review';
import { QueuedReview } from './queued-review';
import { useRefetchOnStatusChange } from './use-refetch-on-status-change';

const REVIEW_QUEUE = graphql(`
  query DepartmentReviewQueue($department: String!) {
    open: reviewQueue(department: $department, status: open) {
      id
      department
      lead
      proposalId
      dueAt
      daysElapsed
      daysAllowed
      overdue
      interimAnswers {
        text
        givenAt
        giver {
          displayName
          role
        }
      }
      proposal {
        title
      }
    }
    answered: reviewQueue(department: $department, status: answered) {
      id
      proposalId
      outcome
      answeredAt
      answerer {
        displayName
        role
      }
      overdue
      proposal {
        title
        status
      }
    }
  }
`);

/** A department's reviews: those awaiting an answer, soonest due first as the API sorts them; then the answered. */
export function ReviewQueue({ department, actsFor }: { department: string; actsFor: boolean }) {
  const { t } = useTranslation();
  // an empty list names no type: say which, so that an answer given here refetches it
  const context = useMemo(() => ({ additionalTypenames: ['Review'] }), []);
  const [{ data, fetching, error }, reexecuteQuery] = useQuery({
    query: REVIEW_QUEUE,
    variables: { department },
    context,
  });
  useRefetchOnStatusChange(department, reexecuteQuery);
  if (fetching && !data) return <p role="status">{t('department.loading')}</p>;
  if (error) return <p role="alert">{t('department.failed', { message: error.message })}</p>;
  if (!data) return null;
  return (
    <>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t('department.queue.heading')}</h2>
        {data.open.length === 0 ? (
          <p>{t('department.queue.empty')}</p>
        ) : (
          <ol className="cards">
            {data.open.map((review) => (
              <QueuedReview key={review.id} review={review} actsFor={actsFor} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="answered-heading">
        <h2 id="answered-heading">{t('department.answered.heading')}</h2>
        {data.answered.length === 0 ? (
          <p>{t('department.answered.empty')}</p>
        ) : (
          <ul className="cards">
            {data.answered.map((review) => (
              <AnsweredReviewItem key={review.id} review={review} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
