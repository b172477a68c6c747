import { useQuery } from 'urql';
import { graphql } from '../gql';

/**
 * Every space. The picker and the desk's councils screen ask the same query, so the list the desk reloads after
 * creating a council is the one the picker shows too.
 */
export const SPACES = graphql(`
  query Spaces {
    spaces {
      id
      kind
      nameKo
      nameEn
      theme
    }
  }
`);

export function useSpaces() {
  const [{ data }] = useQuery({ query: SPACES });
  return data?.spaces;
}
