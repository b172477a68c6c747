import { Injectable, NestMiddleware } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CallerAuthenticator } from '@hyeopchi/gateway-kit';
import type { NextFunction, Request, Response } from 'express';
import { parse } from 'graphql';
import { MAX_DOCUMENT_TOKENS } from '../query-limits';
import { RateLimiter, callerKey, operationCost } from '../rate-limit';
import { operationOf, readsReadModelsOnly } from './cacheable-query';
import { ResponseCache, StoredAnswer } from './response-cache';

/** Documents whose verdict is remembered at most; all are forgotten when full (they are quick to judge again). */
const MAX_JUDGED_DOCUMENTS = 1_000;

/** Headers of Apollo's answer that a stored answer carries again; the rest are the request's own (a CSP nonce). */
const ANSWER_HEADERS = ['content-type', 'cache-control', 'vary'] as const;

/**
 * In front of Apollo on POST /graphql: answers a query that reads the read models only from `ResponseCache`, and
 * keeps Apollo's answer to one it has not seen. The key is everything an answer depends on besides the read
 * models: the request's body, its Authorization header (an answer reaches the holder of that token only, and the
 * token is still verified each time) and its Accept header (the answer's media type).
 *
 * A stored answer is charged to the caller's rate limit as Apollo would charge it; a refused token, an exhausted
 * rate limit, an error and anything but a plain query go to Apollo, which answers them as ever.
 */
@Injectable()
export class ResponseCacheMiddleware implements NestMiddleware {
  private readonly judged = new Map<string, { cost: number } | null>();

  constructor(
    private readonly cache: ResponseCache,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly callers: CallerAuthenticator,
    private readonly limiter: RateLimiter,
  ) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const body = request.body as { query?: unknown; operationName?: unknown } | undefined;
    if (request.method !== 'POST' || typeof body?.query !== 'string') return next();
    const query = this.judge(body.query, body.operationName);
    if (!query) return next();
    const key = `${request.headers.authorization ?? ''}\n${request.headers.accept ?? ''}\n${JSON.stringify(body)}`;
    const generation = this.cache.generation;
    this.callers.callerOf(request).then((caller) => {
      if (!caller.identity && caller.refusal) return next();
      const answer = this.cache.get(key);
      if (answer && this.limiter.take(callerKey(caller.identity, request.ip), answer.cost).allowed) {
        return void send(response, answer);
      }
      this.keepAnswer(response, key, query.cost, generation);
      next();
    }, next);
  }

  /** Whether a document's answers may be kept, with what it costs; null when they may not. */
  private judge(query: string, operationName: unknown): { cost: number } | null {
    const memo = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
    let verdict = this.judged.get(memo);
    if (verdict === undefined) {
      verdict = judgeDocument(this.schemaHost, query, operationName);
      if (this.judged.size >= MAX_JUDGED_DOCUMENTS) this.judged.clear();
      this.judged.set(memo, verdict);
    }
    return verdict;
  }

  /** Stores the answer Apollo is about to send, when it is data without errors. */
  private keepAnswer(response: Response, key: string, cost: number, generation: number): void {
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (response.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const answer = Buffer.from(chunk);
        if (isDataWithoutErrors(answer))
          this.cache.store(key, storedAnswer(response, answer, cost), generation);
      }
      return end(chunk, ...rest);
    }) as Response['end'];
  }
}

function judgeDocument(schemaHost: GraphQLSchemaHost, query: string, operationName: unknown) {
  try {
    const document = parse(query, { maxTokens: MAX_DOCUMENT_TOKENS });
    const operation = operationOf(document, operationName);
    if (!operation || !readsReadModelsOnly(schemaHost.schema, document)) return null;
    return { cost: operationCost(document, operation) };
  } catch {
    // Apollo answers a document it cannot parse
    return null;
  }
}

function isDataWithoutErrors(answer: Buffer): boolean {
  try {
    const parsed = JSON.parse(answer.toString('utf8')) as { data?: unknown; errors?: unknown };
    return parsed.data !== null && typeof parsed.data === 'object' && parsed.errors === undefined;
  } catch {
    return false;
  }
}

function storedAnswer(response: Response, body: Buffer, cost: number): StoredAnswer {
  const headers: [string, string][] = [];
  for (const name of ANSWER_HEADERS) {
    const value = response.getHeader(name);
    if (value !== undefined) headers.push([name, String(value)]);
  }
  return { body, headers, cost };
}

function send(response: Response, answer: StoredAnswer): void {
  response.statusCode = 200;
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.end(answer.body);
}
