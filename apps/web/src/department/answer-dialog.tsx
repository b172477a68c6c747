import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { TextBox, TextInput } from '../forms/form-field';
import { refusalOf } from '../forms/refusal';
import { AnswerDraft, OUTCOMES, Outcome, answerProblems, costOf, needsCost } from './answer-problems';
import { CommandDialog, CommandForm } from './command-dialog';

const ANSWER_REVIEW = graphql(`
  mutation DepartmentAnswerReview($input: AnswerReviewInput!) {
    answerReview(input: $input) {
      __typename
      ... on CommandAccepted {
        review {
          id
          status
        }
      }
      ...CommandRefusal
    }
  }
`);

/** A review as its forms need it: what the commands name, and the proposal's title for people. */
export interface ReviewToAnswer {
  id: string;
  department: string;
  title: string;
}

/** The answer to a review: its outcome, its reasons and, when it accepts, its cost. */
export function AnswerDialog({ review }: { review: ReviewToAnswer }) {
  const { t } = useTranslation();
  return (
    <CommandDialog
      opener={t('department.answerForm.open')}
      about={review.title}
      title={t('department.answerForm.title', { title: review.title })}
    >
      <AnswerForm review={review} />
    </CommandDialog>
  );
}

function AnswerForm({ review }: { review: ReviewToAnswer }) {
  const { t } = useTranslation();
  const [, answerReview] = useMutation(ANSWER_REVIEW);
  const [draft, setDraft] = useState<AnswerDraft>({ outcome: '', reasons: '', estimatedCost: '' });
  const [problems, setProblems] = useState<ReturnType<typeof answerProblems>>({});
  const problem = (field: keyof typeof problems) =>
    problems[field] && t(`department.problems.${problems[field]}`);
  const send = async () => {
    const found = answerProblems(draft);
    setProblems(found);
    if (Object.keys(found).length) return 'problems' as const;
    const result = await answerReview({
      input: {
        reviewId: review.id,
        department: review.department,
        outcome: draft.outcome as Outcome,
        reasons: draft.reasons.trim(),
        estimatedCost: costOf(draft.estimatedCost),
      },
    });
    return refusalOf(result.data?.answerReview, result.error);
  };
  return (
    <CommandForm
      submitLabel={t('department.answerForm.submit')}
      done={t('department.answerForm.done', { title: review.title })}
      send={send}
    >
      <OutcomeChoice
        value={draft.outcome}
        onChange={(outcome) => setDraft({ ...draft, outcome })}
        problem={problem('outcome')}
      />
      <TextBox
        label={t('department.answerForm.reasons')}
        hint={t('department.answerForm.reasonsHint')}
        problem={problem('reasons')}
        value={draft.reasons}
        onChange={(event) => setDraft({ ...draft, reasons: event.target.value })}
        rows={5}
      />
      <TextInput
        label={t('department.answerForm.cost')}
        hint={t('department.answerForm.costHint')}
        problem={problem('estimatedCost')}
        value={draft.estimatedCost}
        onChange={(event) => setDraft({ ...draft, estimatedCost: event.target.value })}
        inputMode="numeric"
        aria-required={needsCost(draft.outcome)}
      />
    </CommandForm>
  );
}

/** The outcomes as radio buttons in a group named by its legend; a problem describes every one of them. */
function OutcomeChoice(props: { value: string; onChange: (outcome: Outcome) => void; problem?: string }) {
  const { t } = useTranslation();
  const name = useId();
  const problemId = `${name}-problem`;
  return (
    <fieldset className="outcome-choice">
      <legend>{t('department.answerForm.outcome')}</legend>
      {OUTCOMES.map((outcome) => (
        <label key={outcome} className="outcome-option">
          <input
            type="radio"
            name={name}
            value={outcome}
            checked={props.value === outcome}
            onChange={() => props.onChange(outcome)}
            aria-invalid={!!props.problem}
            aria-describedby={props.problem ? problemId : undefined}
          />
          {t(`department.outcomes.${outcome}`)}
        </label>
      ))}
      {props.problem && (
        <p id={problemId} role="alert" className="field-problem">
          {props.problem}
        </p>
      )}
    </fieldset>
  );
}
