import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { TextBox, TextInput } from '../forms/form-field';
import { refusalOf } from '../forms/refusal';
import { CommandDialog, CommandForm } from './command-dialog';
import type { ImplementationSubject } from './implementation-subject';
import { ProgressDraft, ProgressField, percentOf, progressProblems } from './progress-problems';

const REPORT_PROGRESS = graphql(`
  mutation DepartmentReportProgress($input: ReportProgressInput!) {
    reportProgress(input: $input) {
      __typename
      ... on CommandAccepted {
        implementation {
          id
          status
          percent
        }
      }
      ...CommandRefusal
    }
  }
`);

/** A progress report: the percent done, what happened, and why when progress fell. */
export function ProgressDialog({ implementation }: { implementation: ImplementationSubject }) {
  const { t } = useTranslation();
  return (
    <CommandDialog
      opener={t('department.progressForm.open')}
      about={implementation.title}
      title={t('department.progressForm.title', { title: implementation.title })}
    >
      <ProgressForm implementation={implementation} />
    </CommandDialog>
  );
}

function ProgressForm({ implementation }: { implementation: ImplementationSubject }) {
  const { t } = useTranslation();
  const [, reportProgress] = useMutation(REPORT_PROGRESS);
  const [draft, setDraft] = useState<ProgressDraft>({ percent: '', note: '', reason: '' });
  const [problems, setProblems] = useState<ReturnType<typeof progressProblems>>({});
  const problem = (field: ProgressField) => problems[field] && t(`department.problems.${problems[field]}`);
  const send = async () => {
    const found = progressProblems(draft, implementation.percent);
    setProblems(found);
    if (Object.keys(found).length) return 'problems' as const;
    const result = await reportProgress({
      input: {
        implementationId: implementation.id,
        percent: percentOf(draft.percent)!,
        note: draft.note.trim(),
        reason: draft.reason.trim() || null,
      },
    });
    return refusalOf(result.data?.reportProgress, result.error);
  };
  return (
    <CommandForm
      submitLabel={t('department.progressForm.submit')}
      done={t('department.progressForm.done', { title: implementation.title })}
      send={send}
    >
      <TextInput
        label={t('department.progressForm.percent')}
        hint={t('department.progressForm.percentHint', { last: implementation.percent })}
        problem={problem('percent')}
        value={draft.percent}
        onChange={(event) => setDraft({ ...draft, percent: event.target.value })}
        inputMode="numeric"
      />
      <TextBox
        label={t('department.progressForm.note')}
        hint={t('department.progressForm.noteHint')}
        problem={problem('note')}
        value={draft.note}
        onChange={(event) => setDraft({ ...draft, note: event.target.value })}
        rows={3}
      />
      <TextBox
        label={t('department.progressForm.reason')}
        hint={t('department.progressForm.reasonHint')}
        problem={problem('reason')}
        value={draft.reason}
        onChange={(event) => setDraft({ ...draft, reason: event.target.value })}
        rows={2}
      />
    </CommandForm>
  );
}
