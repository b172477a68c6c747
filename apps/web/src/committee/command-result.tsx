import { graphql } from '../gql';

/**
 * What each of the committee's command mutations selects of its result, spread as `...CommitteeCommandResult`:
 * the session it changed, or the refusal. In a .tsx file because code generation reads only those.
 */
export const COMMITTEE_COMMAND_RESULT = graphql(`
  fragment CommitteeCommandResult on CommandResult {
    __typename
    ... on CommandAccepted {
      committeeSession {
        id
      }
    }
    ...CommandRefusal
  }
`);
