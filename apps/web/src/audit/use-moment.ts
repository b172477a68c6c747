import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Moment, momentOf } from './moment';
import type { MomentInput } from './moment-field';

/** A moment field's state: what was typed, and on `check`, the moment it gives or the problem, in words. */
export function useMoment(position: number) {
  const { t } = useTranslation();
  const [input, setInput] = useState<MomentInput>({ kind: 'position', text: String(position) });
  const [problem, setProblem] = useState<string | null>(null);
  const check = (): Moment | null => {
    const read = momentOf(input.kind, input.text);
    setProblem('problem' in read ? t(`audit.moment.${read.problem}`) : null);
    return 'moment' in read ? read.moment : null;
  };
  const change = (next: MomentInput) => {
    setInput(next);
    setProblem(null);
  };
  return { field: { value: input, onChange: change, problem }, check };
}
