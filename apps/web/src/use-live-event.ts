import { useEffect, useRef } from 'react';
import { AnyVariables, UseSubscriptionArgs, useSubscription } from 'urql';

/**
 * Calls `onEvent` with each event of a subscription, after the render that received it. urql runs a
 * subscription's own handler while it computes its state, where announcing or refetching would update other
 * components during a render. Events that arrive within one render are seen as the last of them.
 */
export function useLiveEvent<Data, Variables extends AnyVariables>(
  args: UseSubscriptionArgs<Variables, Data>,
  onEvent: (event: Data) => void,
): void {
  const [{ data }] = useSubscription(args);
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    if (data) handler.current(data);
  }, [data]);
}
