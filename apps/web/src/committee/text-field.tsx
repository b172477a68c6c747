import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with it and how to fix it; announced, and tied to the field. */
  error?: string | null;
  description?: string;
  /** A single line of this input type instead of several lines of text. */
  type?: 'datetime-local';
}

/** A labelled text field whose error says how to fix it, tied to the field (aria-describedby) and announced. */
export function CommitteeTextField({ label, value, onChange, error, description, type }: FieldProps) {
  return (
    <TextField
      value={value}
      onChange={onChange}
      isInvalid={!!error}
      isRequired
      validationBehavior="aria"
      className="field"
    >
      <Label>{label}</Label>
      {type ? <Input type={type} /> : <TextArea rows={4} />}
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error">
        <span role="alert">{error}</span>
      </FieldError>
    </TextField>
  );
}
