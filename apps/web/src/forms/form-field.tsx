import { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes, useId } from 'react';

interface FieldText {
  label: string;
  hint?: string;
  /** What is wrong and how to fix it; announced, and tied to the control. */
  problem?: string;
}

/** The ids a control is described by: its hint, then its problem. */
function describedBy(id: string, { hint, problem }: FieldText): string | undefined {
  return [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
}

function FieldFrame({ id, text, children }: { id: string; text: FieldText; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{text.label}</label>
      {text.hint && (
        <p id={`${id}-hint`} className="hint">
          {text.hint}
        </p>
      )}
      {children}
      {text.problem && (
        <p id={`${id}-problem`} role="alert" className="field-problem">
          {text.problem}
        </p>
      )}
    </div>
  );
}

/** A labelled text input with its hint and, when there is one, its problem. */
export function TextInput({
  label,
  hint,
  problem,
  ...input
}: FieldText & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const text = { label, hint, problem };
  return (
    <FieldFrame id={id} text={text}>
      <input id={id} aria-invalid={!!problem} aria-describedby={describedBy(id, text)} {...input} />
    </FieldFrame>
  );
}

/** A labelled text area with its hint and, when there is one, its problem. */
export function TextBox({
  label,
  hint,
  problem,
  ...area
}: FieldText & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const text = { label, hint, problem };
  return (
    <FieldFrame id={id} text={text}>
      <textarea id={id} aria-invalid={!!problem} aria-describedby={describedBy(id, text)} {...area} />
    </FieldFrame>
  );
}

/** What ties a control to its label, hint and problem. */
export interface ControlAttributes {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** A labelled control of another kind (a select, say) with its hint and problem: `control` makes it. */
export function Field({
  label,
  hint,
  problem,
  control,
}: FieldText & { control: (attributes: ControlAttributes) => ReactNode }) {
  const id = useId();
  const text = { label, hint, problem };
  return (
    <FieldFrame id={id} text={text}>
      {control({ id, 'aria-invalid': !!problem, 'aria-describedby': describedBy(id, text) })}
    </FieldFrame>
  );
}

/** Focuses the first control that has a problem, so the keyboard lands where the fixing starts. */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
