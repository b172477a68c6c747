import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  ValidationRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { maskedError } from './error-masking';
import { MAX_DOCUMENT_TOKENS, introspectionAllowed, queryLimitsRule } from './query-limits';

/** Each subscription costs a listener and a read per change: one connection holds a few, not thousands. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

/** Only subscriptions go over WebSocket: queries and mutations take HTTP, where the request limits apply. */
const subscriptionsOnly: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'subscription') {
      context.reportError(
        new GraphQLError('send queries and mutations over HTTP; the WebSocket carries subscriptions only', {
          nodes: [operation],
        }),
      );
    }
  },
});

/**
 * graphql-ws runs its own parse and validation, not Apollo's: the same limits are given to it here, and the
 * caller's token comes from the connection's parameters (browsers cannot set headers on a WebSocket).
 */
export function webSocketOptions(): Partial<ServerOptions> {
  const rules = [
    ...specifiedRules,
    queryLimitsRule(),
    subscriptionsOnly,
    ...(introspectionAllowed() ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  return {
    onSubscribe: (context, _id, payload) => {
      // graphql-ws has already put this one in the list
      if (Object.keys(context.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
        return [new GraphQLError(`at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`)];
      }
      try {
        parse(payload.query, { maxTokens: MAX_DOCUMENT_TOKENS });
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      return undefined;
    },
    validate: (schema, document) => validate(schema, document, rules),
    onNext: (_context, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => maskedError(error)) } : undefined,
    context: ({ connectionParams, extra }) => {
      const upgrade = (extra as { request: IncomingMessage }).request;
      const authorization = connectionParams?.authorization ?? upgrade.headers.authorization;
      return {
        req: { headers: { authorization: typeof authorization === 'string' ? authorization : undefined } },
      };
    },
  };
}
