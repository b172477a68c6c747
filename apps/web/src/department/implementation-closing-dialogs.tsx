import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { TextBox } from '../forms/form-field';
import { refusalOf } from '../forms/refusal';
import { problemsOf, textProblem } from '../forms/text-problem';
import { CommandDialog, CommandForm } from './command-dialog';
import type { ImplementationSubject } from './implementation-subject';

const STALL_IMPLEMENTATION = graphql(`
  mutation DepartmentStallImplementation($input: StallImplementationInput!) {
    stallImplementation(input: $input) {
      ...ImplementationCommandResult
    }
  }
`);

const COMPLETE_IMPLEMENTATION = graphql(`
  mutation DepartmentCompleteImplementation($input: CompleteImplementationInput!) {
    completeImplementation(input: $input) {
      ...ImplementationCommandResult
    }
  }
`);

/** The platform's limit on why an implementation stalled (its command schema). */
const MAX_REASON = 2_000;

/** Reporting that an implementation stalled, and why: reporting progress later resumes it. */
export function StallDialog({ implementation }: { implementation: ImplementationSubject }) {
  const { t } = useTranslation();
  return (
    <CommandDialog
      opener={t('department.stallForm.open')}
      about={implementation.title}
      title={t('department.stallForm.title', { title: implementation.title })}
    >
      <StallForm implementation={implementation} />
    </CommandDialog>
  );
}

function StallForm({ implementation }: { implementation: ImplementationSubject }) {
  const { t } = useTranslation();
  const [, stallImplementation] = useMutation(STALL_IMPLEMENTATION);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const send = async () => {
    const found = problemsOf({ reason: textProblem(reason, MAX_REASON) }).reason;
    setProblem(found);
    if (found) return 'problems' as const;
    const result = await stallImplementation({
      input: { implementationId: implementation.id, reason: reason.trim() },
    });
    return refusalOf(result.data?.stallImplementation, result.error);
  };
  return (
    <CommandForm
      submitLabel={t('department.stallForm.submit')}
      done={t('department.stallForm.done', { title: implementation.title })}
      send={send}
    >
      <TextBox
        label={t('department.stallForm.reason')}
        hint={t('department.stallForm.reasonHint')}
        problem={problem && t(`department.problems.${problem}`)}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        rows={3}
      />
    </CommandForm>
  );
}

/** Completing an implementation, which closes it for good: a dialog, so that it is not done by a slip. */
export function CompleteImplementationDialog({ implementation }: { implementation: ImplementationSubject }) {
  const { t } = useTranslation();
  const [, completeImplementation] = useMutation(COMPLETE_IMPLEMENTATION);
  const send = async () => {
    const result = await completeImplementation({ input: { implementationId: implementation.id } });
    return refusalOf(result.data?.completeImplementation, result.error);
  };
  return (
    <CommandDialog
      opener={t('department.completeForm.open')}
      about={implementation.title}
      title={t('department.completeForm.title', { title: implementation.title })}
    >
      <CommandForm
        submitLabel={t('department.completeForm.submit')}
        done={t('department.completeForm.done', { title: implementation.title })}
        send={send}
      >
        <p>{t('department.completeForm.text')}</p>
      </CommandForm>
    </CommandDialog>
  );
}
