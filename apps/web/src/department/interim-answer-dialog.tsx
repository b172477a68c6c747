import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { TextBox } from '../forms/form-field';
import { refusalOf } from '../forms/refusal';
import { problemsOf, textProblem } from '../forms/text-problem';
import type { ReviewToAnswer } from './answer-dialog';
import { CommandDialog, CommandForm } from './command-dialog';

const GIVE_INTERIM_ANSWER = graphql(`
  mutation DepartmentGiveInterimAnswer($input: GiveInterimAnswerInput!) {
    giveInterimAnswer(input: $input) {
      __typename
      ... on CommandAccepted {
        review {
          id
          interimAnswers {
            givenAt
          }
        }
      }
      ...CommandRefusal
    }
  }
`);

/** The platform's limit on an interim answer (its command schema). */
const MAX_TEXT = 5_000;

/** An interim answer: where an open review stands, before its answer. */
export function InterimAnswerDialog({ review }: { review: ReviewToAnswer }) {
  const { t } = useTranslation();
  return (
    <CommandDialog
      opener={t('department.interimForm.open')}
      about={review.title}
      title={t('department.interimForm.title', { title: review.title })}
    >
      <InterimAnswerForm review={review} />
    </CommandDialog>
  );
}

function InterimAnswerForm({ review }: { review: ReviewToAnswer }) {
  const { t } = useTranslation();
  const [, giveInterimAnswer] = useMutation(GIVE_INTERIM_ANSWER);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const send = async () => {
    const found = problemsOf({ text: textProblem(text, MAX_TEXT) }).text;
    setProblem(found);
    if (found) return 'problems' as const;
    const result = await giveInterimAnswer({
      input: { reviewId: review.id, department: review.department, text: text.trim() },
    });
    return refusalOf(result.data?.giveInterimAnswer, result.error);
  };
  return (
    <CommandForm
      submitLabel={t('department.interimForm.submit')}
      done={t('department.interimForm.done', { title: review.title })}
      send={send}
    >
      <TextBox
        label={t('department.interimForm.text')}
        hint={t('department.interimForm.textHint')}
        problem={problem && t(`department.problems.${problem}`)}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={4}
      />
    </CommandForm>
  );
}
