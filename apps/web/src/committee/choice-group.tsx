import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';

interface ChoiceGroupProps {
  label: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  /** What is wrong and how to fix it; announced, and tied to the group. */
  error?: string | null;
}

/** One choice among a few, by arrow keys or pointer, each a target of at least 24 px. */
export function ChoiceGroup({ label, options, value, onChange, error }: ChoiceGroupProps) {
  return (
    <RadioGroup
      // null, not '': with '' as the value no radio is reachable by Tab
      value={value || null}
      onChange={onChange}
      isInvalid={!!error}
      isRequired
      validationBehavior="aria"
      className="radio-list"
    >
      <Label>{label}</Label>
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="radio">
          {option.label}
        </Radio>
      ))}
      <FieldError className="field-error">
        <span role="alert">{error}</span>
      </FieldError>
    </RadioGroup>
  );
}
