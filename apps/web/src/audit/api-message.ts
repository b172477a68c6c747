import type { CombinedError } from 'urql';

/** What the API said, without urql's "[GraphQL]" prefix: its messages say what to fix. */
export const apiMessage = (error: CombinedError): string =>
  error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
