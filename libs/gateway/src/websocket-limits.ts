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
import { queryLimitsRule } from './query-limits';

/** Parsing a document is bounded before anything else, over HTTP and over WebSocket alike. */
export const MAX_DOCUMENT_TOKENS = 5_000;

/** Each subscription costs a listener and a read per change: one connection holds a few, not thousands. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

export const introspectionAllowed = () => process.env.NODE_ENV !== 'production';

/**
 * In production an unexpected error says only that it happened (its details are in the log): over the
 * WebSocket as over HTTP. An error with a code of its own (a refusal, a limit) goes out as it is.
 */
export function maskedError(
  error: GraphQLError,
  production = process.env.NODE_ENV === 'production',
): GraphQLError {
  const code = error.extensions?.code;
  const expected = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
  return !production || expected
    ? error
    : new GraphQLError('internal error: the platform logged it', {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
}

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
