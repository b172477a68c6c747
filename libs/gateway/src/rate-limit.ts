import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { Identity } from '@hyeopchi/identity';
import { DocumentNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { CallerAuthenticator } from '@hyeopchi/gateway-kit';

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
 * Each root field costs one, aliases included: `a: proposals b: proposals` costs two; over HTTP and over the
 * WebSocket alike, where a subscription costs its root fields when it starts.
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

/** Whose bucket pays: the token's subject, or the address of an anonymous caller. */
export function callerKey(identity: Identity | null, address: string | undefined): string {
  return identity ? `subject:${identity.subject}` : `address:${address ?? 'unknown'}`;
}

/** What an operation costs: its root fields, through its document's fragments. */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION
        ? [[definition.name.value, definition.selectionSet] as const]
        : [],
    ),
  );
  return rootFieldsOf(operation, fragments);
}

/** RATE_LIMITED, with HTTP's 429 and Retry-After where there is an HTTP reply to carry them. */
export function rateLimited(retryAfterSeconds: number, overHttp: boolean): GraphQLError {
  const http = { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) };
  return new GraphQLError(`too many requests: try again in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, ...(overHttp ? { http } : {}) },
  });
}

/** Refuses an operation whose root fields the caller's bucket cannot pay for (RATE_LIMITED, HTTP 429). */
export function rateLimitPlugin(
  limiter: RateLimiter,
  callers: CallerAuthenticator,
): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const identity = await callers.identityOf(contextValue.req);
          const taken = limiter.take(
            callerKey(identity, contextValue.req.ip),
            operationCost(document, operation),
          );
          if (!taken.allowed) throw rateLimited(taken.retryAfterSeconds, true);
        },
      };
    },
  };
}
