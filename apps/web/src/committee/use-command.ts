import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnyVariables, TypedDocumentNode, useMutation } from 'urql';
import { refusalText } from './reasons';

interface Outcome {
  __typename: string;
  code?: string;
  message?: string;
}

const isOutcome = (value: unknown): value is Outcome =>
  typeof value === 'object' && value !== null && '__typename' in value;

/**
 * Sends one of the gateway's command mutations (each selects `__typename` and, when refused, `code message`).
 * `send` answers whether the command was accepted; `problem` says in words why not.
 */
export function useCommand<Data extends object, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
) {
  const { t } = useTranslation();
  const [{ fetching }, execute] = useMutation(document);
  const [problem, setProblem] = useState<string | null>(null);
  const send = useCallback(
    async (variables: Variables): Promise<boolean> => {
      const result = await execute(variables);
      const outcome = Object.values(result.data ?? {}).find(isOutcome);
      if (outcome?.__typename === 'CommandAccepted') {
        setProblem(null);
        return true;
      }
      setProblem(
        outcome?.code
          ? refusalText(t, { code: outcome.code, message: outcome.message ?? '' })
          : t('committee.failed', { message: result.error?.message ?? '' }),
      );
      return false;
    },
    [execute, t],
  );
  return { send, problem, setProblem, sending: fetching };
}

/**
 * A command sent from a `FormDialog` with one field to check: `check` shows the field's problem (or clears it) and
 * answers whether the command can be sent; `dialog` gives the dialog the refusal, and starts it afresh on opening.
 */
export function useCommandForm<Data extends object, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
) {
  const { send, problem, setProblem } = useCommand(document);
  const [error, setError] = useState<string | null>(null);
  const check = (found: string | null) => {
    setError(found);
    return !found;
  };
  const onOpen = () => {
    setProblem(null);
    setError(null);
  };
  return { send, error, check, dialog: { problem, onOpen } };
}
