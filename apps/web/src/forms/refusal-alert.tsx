import { Refusal, refusalText } from './refusal';
import { useTranslator } from './translator';

/** A refusal of the platform in the reader's language (the screen's sentences under `prefix`); nothing without one. */
export function RefusalAlert({
  refusal,
  prefix,
  className = 'field-problem',
}: {
  refusal: Refusal | null;
  prefix: string;
  className?: string;
}) {
  const translator = useTranslator();
  if (!refusal) return null;
  return (
    <p role="alert" className={className}>
      {refusalText(translator, prefix, refusal)}
    </p>
  );
}
