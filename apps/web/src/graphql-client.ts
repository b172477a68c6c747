import { createClient as createSubscriptionClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

/**
 * The gateway that serves this app answers GraphQL on the same origin: queries and commands over HTTP, live
 * changes over graphql-ws on the same path. The bearer token, when someone is signed in, goes with both.
 */
export function graphqlClient(token: string | null): Client {
  const authorization = token ? `Bearer ${token}` : undefined;
  const live = createSubscriptionClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    connectionParams: authorization ? { authorization } : {},
    lazy: true,
    retryAttempts: Infinity,
  });
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({ headers: authorization ? { authorization } : {} }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: live.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
}
