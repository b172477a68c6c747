import { graphql } from '../gql';

/**
 * What every command mutation selects of a refusal, spread as `...CommandRefusal` in the `CommandResult` of each
 * (the generated documents carry this definition). In a .tsx file because code generation reads only those.
 */
export const COMMAND_REFUSAL = graphql(`
  fragment CommandRefusal on CommandRefused {
    code
    message
  }
`);
