import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstProblem } from './form-field';
import type { Problems } from './text-problem';

/**
 * A form's problems by field, in words (the screen's sentences under `prefix`): `check` shows those found, puts
 * the keyboard on the first once rendered, and answers whether there are none.
 */
export function useFormProblems<Field extends string>(prefix: string) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problems<Field>>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) focusFirstProblem(form.current);
  }, [attempt]);
  const check = (found: Problems<Field>) => {
    setProblems(found);
    setAttempt((count) => count + 1);
    return Object.keys(found).length === 0;
  };
  const problem = (field: Field) => problems[field] && t(`${prefix}.${problems[field]}`);
  return { form, problems, problem, check };
}
