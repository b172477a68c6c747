import { FormEvent, useState } from 'react';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { navigateTo } from '../navigation';
import { streamPath } from './paths';

/** Opens any stream by its id, the way auditors name them (docs/audit.md, Streams and services). */
export function StreamFinder() {
  const { t } = useTranslation();
  const [streamId, setStreamId] = useState('');
  const [problem, setProblem] = useState(false);
  const open = (event: FormEvent) => {
    event.preventDefault();
    const id = streamId.trim();
    if (!id) return setProblem(true);
    navigateTo(streamPath(id));
  };
  return (
    <form onSubmit={open} noValidate className="stream-finder" aria-label={t('audit.find.legend')}>
      <TextField
        value={streamId}
        onChange={(value) => {
          setStreamId(value);
          setProblem(false);
        }}
        isInvalid={problem}
        className="field"
      >
        <Label>{t('audit.find.streamId')}</Label>
        <Text slot="description">{t('audit.find.hint')}</Text>
        <Input />
        <FieldError>{t('audit.find.required')}</FieldError>
      </TextField>
      <Button type="submit" className="button">
        {t('audit.find.open')}
      </Button>
    </form>
  );
}
