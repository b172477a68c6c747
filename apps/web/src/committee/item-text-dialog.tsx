import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnyVariables, TypedDocumentNode } from 'urql';
import { FormDialog } from './form-dialog';
import { CommitteeTextField } from './text-field';
import { useCommandForm } from './use-command';

interface Props<Data extends object, Variables extends AnyVariables> {
  document: TypedDocumentNode<Data, Variables>;
  /** The dialog's strings under `committee.<strings>`: trigger, title, field, fieldRequired, submit, done. */
  strings: 'conflict' | 'motionDialog';
  /** The agenda item's title. */
  title: string;
  /** Said above the field: what doing it entails. */
  explanation?: string;
  blockedBy: string | null;
  variablesOf: (text: string) => Variables;
}

/** A command on one agenda item that takes one required text: declaring a conflict, moving a motion. */
export function ItemTextDialog<Data extends object, Variables extends AnyVariables>({
  document,
  strings,
  title,
  explanation,
  blockedBy,
  variablesOf,
}: Props<Data, Variables>) {
  const { t } = useTranslation();
  const { send, error, check, dialog } = useCommandForm(document);
  const [text, setText] = useState('');
  const key = (name: string) => `committee.${strings}.${name}`;
  const submit = async () => {
    if (!check(text.trim() ? null : t(key('fieldRequired')))) return false;
    const done = await send(variablesOf(text));
    if (done) setText('');
    return done;
  };
  return (
    <FormDialog
      trigger={t(key('trigger'))}
      triggerContext={title}
      title={t(key('title'), { title })}
      submit={t(key('submit'))}
      blockedBy={blockedBy}
      {...dialog}
      onSubmit={submit}
      done={t(key('done'), { title })}
    >
      {explanation && <p>{explanation}</p>}
      <CommitteeTextField label={t(key('field'))} value={text} onChange={setText} error={error} />
    </FormDialog>
  );
}
