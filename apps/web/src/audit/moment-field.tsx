import { FieldError, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MomentKind } from './moment';

export interface MomentInput {
  kind: MomentKind;
  text: string;
}

/** A moment as a position in the service's log or a time, with the problem, if any, said under it. */
export function MomentField({
  legend,
  value,
  onChange,
  problem,
}: {
  legend: string;
  value: MomentInput;
  onChange: (value: MomentInput) => void;
  problem: string | null;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="moment">
      <legend>{legend}</legend>
      <RadioGroup
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as MomentKind })}
        orientation="horizontal"
        className="moment-kind"
      >
        <Label>{t('audit.moment.kind')}</Label>
        <Radio value="position" className="radio">
          {t('audit.moment.position')}
        </Radio>
        <Radio value="time" className="radio">
          {t('audit.moment.time')}
        </Radio>
      </RadioGroup>
      <TextField
        value={value.text}
        onChange={(text) => onChange({ ...value, text })}
        isInvalid={problem !== null}
        className="field"
      >
        <Label>{t(value.kind === 'position' ? 'audit.moment.position' : 'audit.moment.time')}</Label>
        <Input inputMode={value.kind === 'position' ? 'numeric' : 'text'} />
        <Text slot="description">
          {t(value.kind === 'position' ? 'audit.moment.positionHint' : 'audit.moment.timeHint')}
        </Text>
        <FieldError>
          <span role="alert">{problem}</span>
        </FieldError>
      </TextField>
    </fieldset>
  );
}
