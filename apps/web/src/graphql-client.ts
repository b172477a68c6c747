import { Client, cacheExchange, fetchExchange } from 'urql';

/** The gateway that serves this app answers GraphQL on the same origin. */
export const graphqlClient = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
});
