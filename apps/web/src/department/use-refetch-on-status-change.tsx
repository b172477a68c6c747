import { OperationContext } from 'urql';
import { graphql } from '../gql';
import { useLiveEvent } from '../use-live-event';

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
  useLiveEvent({ query: STATUS_CHANGED }, ({ proposalStatusChanged: changed }) => {
    if (changed.departments.includes(department)) reexecuteQuery({ requestPolicy: 'network-only' });
  });
}
