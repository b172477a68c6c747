import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import type { ProposalPageQuery, Target } from '../gql/graphql';
import { TextBox } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { useRefusal } from '../forms/use-refusal';

type Round = NonNullable<ProposalPageQuery['proposal']>['feedback'][number];

const GIVE_FEEDBACK = graphql(`
  mutation GiveFeedback($input: GiveFeedbackInput!) {
    giveFeedback(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const RATINGS = [1, 2, 3, 4, 5];

/** What people said of each answer, decision and implementation; those invited (author, supporters) rate. */
export function FeedbackSection({
  rounds,
  mayRate,
  onGiven,
}: {
  rounds: Round[];
  mayRate: boolean;
  onGiven: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="feedback" className="proposal-section">
      <h2 id="feedback">{t('proposal.feedback.title')}</h2>
      <ul>
        {rounds.map((round) => (
          <li key={`${round.target}/${round.targetId}`}>
            {t('proposal.feedback.summary', {
              target: t(`proposal.feedbackTargets.${round.target}`),
              given: round.given,
              invited: round.invited,
            })}{' '}
            {round.meanRating === null
              ? t('proposal.feedback.noRating')
              : t('proposal.feedback.mean', { mean: round.meanRating.toFixed(1) })}
          </li>
        ))}
      </ul>
      {mayRate && <FeedbackForm rounds={rounds} onGiven={onGiven} />}
    </section>
  );
}

function FeedbackForm({ rounds, onGiven }: { rounds: Round[]; onGiven: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [sent, send] = useMutation(GIVE_FEEDBACK);
  const { refusal, accepted } = useRefusal();
  const [ratingMissing, setRatingMissing] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rating = Number(form.get('rating') ?? 0);
    setRatingMissing(rating === 0);
    if (rating === 0 || sent.fetching) return;
    const [target, targetId] = String(form.get('round')).split('/') as [Target, string];
    const comment = String(form.get('comment') ?? '').trim();
    const result = await send({ input: { target, targetId, rating, comment } });
    if (!accepted(result.data?.giveFeedback, result.error)) return;
    announce(t('proposal.feedback.thanks'));
    onGiven();
  };
  return (
    <form className="form-stack" onSubmit={submit} noValidate aria-labelledby="give-feedback">
      <h3 id="give-feedback">{t('proposal.feedback.give')}</h3>
      <div className="field">
        <label htmlFor="feedback-round">{t('proposal.feedback.on')}</label>
        <select id="feedback-round" name="round">
          {rounds.map((round) => (
            <option key={`${round.target}/${round.targetId}`} value={`${round.target}/${round.targetId}`}>
              {t(`proposal.feedbackTargets.${round.target}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset aria-describedby={ratingMissing ? 'rating-problem' : undefined}>
        <legend>{t('proposal.feedback.rating')}</legend>
        <div className="actions">
          {RATINGS.map((rating) => (
            <label key={rating} className="choice">
              <input type="radio" name="rating" value={rating} aria-invalid={ratingMissing} />
              {t('proposal.feedback.stars', { count: rating })}
            </label>
          ))}
        </div>
        {ratingMissing && (
          <p id="rating-problem" role="alert" className="field-problem">
            {t('proposal.feedback.ratingMissing')}
          </p>
        )}
      </fieldset>
      <TextBox name="comment" label={t('proposal.feedback.comment')} maxLength={5000} rows={3} />
      <RefusalAlert refusal={refusal} prefix="proposal.refusals" />
      <div className="actions">
        <button type="submit" className="button primary">
          {t('proposal.feedback.send')}
        </button>
      </div>
    </form>
  );
}
