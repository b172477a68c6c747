import { useEffect } from 'react';
import { OperationContext, useSubscription } from 'urql';
import { graphql } from '../gql';

const STATUS_CHANGED = graphql(`
  subscription DepartmentDeskStatusChanged {
    proposalStatusChanged {
      id
      departments
    }
  }
`);

/**
 * Refetches a desk's list (with urql's `reexecuteQuery`) when a proposal asked of the department changes status:
 * a tier that opens a review, an answer that reaches the proposal, a decision that asks for an implementation.
 * The services do these after the command that caused them, so the list the command refetched may not show them.
 */
export function useRefetchOnStatusChange(
  department: string,
  reexecuteQuery: (context: Partial<OperationContext>) => void,
): void {
  const [{ data }] = useSubscription({ query: STATUS_CHANGED });
  const changed = data?.proposalStatusChanged;
  useEffect(() => {
    if (changed?.departments.includes(department)) reexecuteQuery({ requestPolicy: 'network-only' });
  }, [changed, department, reexecuteQuery]);
}
