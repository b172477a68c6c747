import {
  DocumentNode,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  ValidationRule,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import { CallerAuthenticator, badInput } from '@hyeopchi/gateway-kit';
import { maskedError } from './error-masking';
import { MAX_DOCUMENT_TOKENS, introspectionAllowed, queryLimitsRule } from './query-limits';
import { RateLimiter, callerKey, operationCost, rateLimited } from './rate-limit';
import { malformedInputOf } from './well-formed-input';

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

export interface WebSocketCallers {
  callers: CallerAuthenticator;
  limiter: RateLimiter;
  /** The address of the connection's caller, read as HTTP requests' are (behind a trusted proxy, its forward). */
  addressOf(request: IncomingMessage): string;
}

const authorizationOf = (connectionParams: Record<string, unknown> | undefined, upgrade: IncomingMessage) => {
  const authorization = connectionParams?.authorization ?? upgrade.headers.authorization;
  return typeof authorization === 'string' ? authorization : undefined;
};

/**
 * graphql-ws runs its own parse and validation, not Apollo's: the same limits are given to it here, each
 * subscription pays the rate limit as an HTTP operation does, and the caller's token comes from the connection's
 * parameters (browsers cannot set headers on a WebSocket).
 */
export function webSocketOptions({
  callers,
  limiter,
  addressOf,
}: WebSocketCallers): ServerOptions<Record<string, unknown> | undefined, Extra> {
  const rules = [
    ...specifiedRules,
    queryLimitsRule(),
    subscriptionsOnly,
    ...(introspectionAllowed() ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  return {
    onSubscribe: async (context, _id, payload) => {
      // graphql-ws has already put this one in the list
      if (Object.keys(context.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
        return [new GraphQLError(`at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`)];
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: MAX_DOCUMENT_TOKENS });
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      const malformed = malformedInputOf(document, payload.variables);
      if (malformed) return [badInput(malformed)];
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return undefined; // graphql-ws's validation names what is wrong
      const upgrade = context.extra.request;
      const identity = await callers.identityFrom(authorizationOf(context.connectionParams, upgrade));
      const taken = limiter.take(callerKey(identity, addressOf(upgrade)), operationCost(document, operation));
      return taken.allowed ? undefined : [rateLimited(taken.retryAfterSeconds, false)];
    },
    validate: (schema, document) => validate(schema, document, rules),
    onNext: (_context, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => maskedError(error)) } : undefined,
    context: ({ connectionParams, extra }) => ({
      req: { headers: { authorization: authorizationOf(connectionParams, extra.request) } },
    }),
  };
}
