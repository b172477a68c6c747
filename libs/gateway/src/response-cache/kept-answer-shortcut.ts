import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CallerAuthenticator } from '@hyeopchi/gateway-kit';
import type { Express, Request } from 'express';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { parse } from 'graphql';
import { countKeptAnswer, timeHttpRequest } from '../gateway-metrics';
import { MAX_DOCUMENT_TOKENS } from '../query-limits';
import { RateLimiter, callerKey, operationCost } from '../rate-limit';
import { SECURITY_HEADERS, securityHeadersFor } from '../security-headers';
import { operationOf, readsReadModelsOnly } from './cacheable-query';
import { peekBody } from './peek-body';
import { bodyLength, documentOf, keyOf } from './request-key';
import { ResponseCache, StoredAnswer } from './response-cache';

/** Documents whose verdict is remembered at most; all are forgotten when full (they are quick to judge again). */
const MAX_JUDGED_DOCUMENTS = 1_000;

/**
 * Answers kept queries on the HTTP server's own request event, ahead of Express, Nest and Apollo, and keeps the
 * answers Apollo gives to queries that read the read models only (`ResponseCache`). A kept answer goes out with
 * the headers the full path sent with it and this request's own security headers, to a caller whose token is
 * verified and whose rate limit pays what Apollo would charge; a refused token, an exhausted rate limit, anything
 * Express would answer with 304 and any body over a document's size go the full way, which answers them as ever
 * (413 for a body over the bound).
 *
 * The key (`keyOf`) is everything an answer depends on besides the read models: the method, URL, headers and body,
 * byte for byte. Only answers with data and no errors are kept, so an answer kept under a key is the one the full
 * path gave to that very request.
 */
@Injectable()
export class KeptAnswerShortcut implements OnApplicationBootstrap {
  private readonly judged = new Map<string, { cost: number } | null>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly cache: ResponseCache,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly callers: CallerAuthenticator,
    private readonly limiter: RateLimiter,
  ) {}

  /** Puts the shortcut in front of the server's request listener (Express). */
  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server | undefined;
    if (!server) return;
    const express = this.adapterHost.httpAdapter.getInstance<Express>();
    const fullPath = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      timeHttpRequest(request, response);
      // as Express makes its requests: `ip` reads the caller's address as TRUST_PROXY says
      Object.setPrototypeOf(request, express.request);
      this.answer(request as Request, response, () => {
        for (const listener of fullPath) listener.call(server, request, response);
      });
    });
  }

  private answer(request: Request, response: ServerResponse, fullPath: () => void): void {
    const length = bodyLength(request);
    if (length === null) return fullPath();
    if (length === 0) return this.answerWith(request, response, '', fullPath);
    peekBody(request, length, (body) => {
      if (body) this.answerWith(request, response, body.toString('utf8'), fullPath);
    });
  }

  private answerWith(request: Request, response: ServerResponse, body: string, fullPath: () => void): void {
    const key = keyOf(request, body);
    // an answer is kept only to a document judged keepable: a kept key needs no judging again
    const query = this.cache.get(key) ?? this.judge(request, body);
    if (!query) return fullPath();
    const generation = this.cache.generation;
    this.callers.callerOf(request).then((caller) => {
      if (!caller.identity && caller.refusal) return fullPath();
      const answer = this.cache.get(key);
      if (answer && this.limiter.take(callerKey(caller.identity, request.ip), answer.cost).allowed) {
        return send(request, response, answer);
      }
      this.keepAnswer(response, key, query.cost, generation);
      fullPath();
    }, fullPath);
  }

  /** Whether a request's document may have its answers kept, with what it costs; null when not. */
  private judge(request: IncomingMessage, body: string): { cost: number } | null {
    const { query, operationName } = documentOf(request, body);
    if (typeof query !== 'string') return null;
    const memo = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
    let verdict = this.judged.get(memo);
    if (verdict === undefined) {
      verdict = judgeDocument(this.schemaHost, query, operationName);
      if (this.judged.size >= MAX_JUDGED_DOCUMENTS) this.judged.clear();
      this.judged.set(memo, verdict);
    }
    return verdict;
  }

  /** Stores the answer the full path is about to send, when it is data without errors. */
  private keepAnswer(response: ServerResponse, key: string, cost: number, generation: number): void {
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (response.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const answer = chunk.toString();
        if (isDataWithoutErrors(answer))
          this.cache.store(key, storedAnswer(response, answer, cost), generation);
      }
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
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

function isDataWithoutErrors(answer: string): boolean {
  try {
    const parsed = JSON.parse(answer) as { data?: unknown; errors?: unknown };
    return parsed.data !== null && typeof parsed.data === 'object' && parsed.errors === undefined;
  } catch {
    return false;
  }
}

/** The full path's answer: its bytes and headers but the security headers, which each answer draws anew. */
function storedAnswer(response: ServerResponse, body: string, cost: number): StoredAnswer {
  const headers: string[] = [];
  for (const name of response.getHeaderNames()) {
    const value = response.getHeader(name);
    if (value === undefined || (SECURITY_HEADERS as readonly string[]).includes(name)) continue;
    for (const each of Array.isArray(value) ? value : [value]) headers.push(name, String(each));
  }
  return { body, headers, cost };
}

function send(request: IncomingMessage, response: ServerResponse, answer: StoredAnswer): void {
  // the body was read and put back: let it go
  request.resume();
  const { headers } = securityHeadersFor(request, request.url ?? '');
  // headers and a text body in one write, as the bare server answers
  response.writeHead(200, headers.flat().concat(answer.headers));
  response.end(answer.body);
  countKeptAnswer();
}
