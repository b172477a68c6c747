import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ProposalPageQuery } from '../gql/graphql';
import { navigate } from '../navigation';
import { PROPOSAL_STATUSES } from './proposal-filters';

const PROPOSAL = graphql(`
  query ProposalPage($id: String!) {
    proposal(id: $id) {
      id
      title
      body
      status
      district
      supports
      nextSupportThreshold
      reviews {
        id
        department
        status
        openedAt
        dueAt
        overdue
        answeredAt
        interimAnswers {
          givenAt
          text
        }
      }
    }
  }
`);

/** The stages a proposal goes through, in order, as Seoul publishes them; withdrawal ends it anywhere. */
const STAGES = PROPOSAL_STATUSES.filter((status) => status !== 'withdrawn' && status !== 'answered');
const DAY_MS = 24 * 60 * 60 * 1000;

export function ProposalPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: PROPOSAL,
    variables: { id },
  });
  const proposal = data?.proposal;
  useEffect(() => {
    if (proposal) document.title = t('proposal.pageTitle', { title: proposal.title });
  }, [proposal, t]);
  if (fetching) return <p role="status">{t('proposal.loading')}</p>;
  if (error) return <p role="alert">{t('proposals.failed', { message: error.message })}</p>;
  if (!proposal) return <h1>{t('proposal.notFound')}</h1>;
  return (
    <article>
      <p>
        <a href="/" onClick={navigate}>
          {t('proposal.back')}
        </a>
      </p>
      <h1>{proposal.title}</h1>
      <StageTracker status={proposal.status} />
      {proposal.body && <p>{proposal.body}</p>}
      {proposal.reviews.length > 0 && (
        <section aria-labelledby="reviews">
          <h2 id="reviews">{t('proposal.reviews')}</h2>
          <ul>
            {proposal.reviews.map((review) => (
              <ReviewItem key={review.id} review={review} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Every stage in words; the current one marked for assistive technology too, and the ones passed said so. */
function StageTracker({ status }: { status: string }) {
  const { t } = useTranslation();
  const current = STAGES.indexOf(status as (typeof STAGES)[number]);
  return (
    <nav aria-label={t('proposal.stages')}>
      <ol className="stages">
        {STAGES.map((stage, index) => (
          <li
            key={stage}
            aria-current={index === current ? 'step' : undefined}
            className={index < current ? 'passed' : index === current ? 'current' : undefined}
          >
            {t(`proposals.status.${stage}`)}
            {index < current && <span className="visually-hidden"> ({t('proposal.passed')})</span>}
            {index === current && <span className="visually-hidden"> ({t('proposal.current')})</span>}
          </li>
        ))}
      </ol>
      {status === 'withdrawn' && <p>{t('proposals.status.withdrawn')}</p>}
    </nav>
  );
}

/** A department's review: days since it opened against its one-month deadline, overdue said in words. */
type Review = NonNullable<ProposalPageQuery['proposal']>['reviews'][number];

function ReviewItem({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const date = (at: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(at));
  const elapsed = Math.floor(
    ((review.answeredAt ? Date.parse(review.answeredAt) : Date.now()) - Date.parse(review.openedAt)) / DAY_MS,
  );
  const allowed = Math.round((Date.parse(review.dueAt) - Date.parse(review.openedAt)) / DAY_MS);
  return (
    <li className="review">
      <h3>{review.department}</h3>
      <p>{t('proposal.reviewDays', { elapsed, allowed, due: date(review.dueAt) })}</p>
      {review.overdue && <p className="overdue">{t('proposal.overdue')}</p>}
      {review.interimAnswers.map((answer) => (
        <p key={answer.givenAt}>{t('proposal.interim', { date: date(answer.givenAt), text: answer.text })}</p>
      ))}
    </li>
  );
}
