import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { CallerResolver } from './caller';

export interface RateLimit {
  /** Root fields a caller may ask for at once (a burst). */
  burst: number;
  /** Root fields per minute a caller gets back, continuously. */
  perMinute: number;
}

/** Buckets kept at most: the least recently used go first (they are the fullest anyway). */
const MAX_CALLERS = 10_000;

/**
 * Token buckets per caller (the token's subject, or the address of an anonymous caller), in this process.
 * Each root field costs one, aliases included: `a: proposals b: proposals` costs two.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` from the caller's bucket; how many seconds to wait when it holds too little. */
  take(caller: string, cost: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    const perMs = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(caller) ?? { tokens: this.limit.burst, at: now };
    this.buckets.delete(caller);
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(caller, bucket);
    if (this.buckets.size > MAX_CALLERS) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens < cost) {
      return { allowed: false, retryAfterSeconds: Math.ceil((cost - bucket.tokens) / perMs / 1000) };
    }
    bucket.tokens -= cost;
    return { allowed: true };
  }
}

/** Root fields of an operation, through fragments, aliases counted one by one. */
export function rootFieldsOf(
  operation: OperationDefinitionNode,
  fragments: Map<string, SelectionSetNode>,
): number {
  const count = (selections: SelectionSetNode, seen: Set<string>): number =>
    selections.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + (selection.name.value === '__typename' ? 0 : 1);
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet, seen);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      return fragment && !seen.has(name) ? sum + count(fragment, new Set([...seen, name])) : sum;
    }, 0);
  return count(operation.selectionSet, new Set());
}

/** Refuses an operation whose root fields the caller's bucket cannot pay for (RATE_LIMITED, HTTP 429). */
export function rateLimitPlugin(
  limiter: RateLimiter,
  callers: CallerResolver,
): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const identity = await callers.identityOf(contextValue.req);
          const caller = identity
            ? `subject:${identity.subject}`
            : `address:${contextValue.req.ip ?? 'unknown'}`;
          const fragments = new Map(
            document.definitions.flatMap((definition) =>
              definition.kind === Kind.FRAGMENT_DEFINITION
                ? [[definition.name.value, definition.selectionSet] as const]
                : [],
            ),
          );
          const taken = limiter.take(caller, rootFieldsOf(operation, fragments));
          if (!taken.allowed) {
            throw new GraphQLError(`too many requests: try again in ${taken.retryAfterSeconds} s`, {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds: taken.retryAfterSeconds,
                http: { status: 429, headers: new Map([['retry-after', String(taken.retryAfterSeconds)]]) },
              },
            });
          }
        },
      };
    },
  };
}
