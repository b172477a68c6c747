import type { IncomingMessage } from 'node:http';
import { DOCUMENT_BYTES, MAX_HTTP_BODY_BYTES } from '../request-size';
import { GRAPHQL_PATH } from '../subscription-server';

/** A body read ahead of Express at most: a query's document; anything larger goes the full way, bounds and all. */
const MAX_PEEKED_BYTES = Math.min(DOCUMENT_BYTES, MAX_HTTP_BODY_BYTES);

/**
 * The request headers an answer of /graphql depends on: who asks, the media type asked for, how the body reads
 * and Apollo's CSRF prevention. A request's key holds them all, with its method, URL and body.
 */
const KEYED_HEADERS = [
  'authorization',
  'accept',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
] as const;

/** Bodies read ahead: JSON in UTF-8 only, which Express's parser reads as it is (another charset it decodes). */
const PLAIN_JSON = /^application\/json(;\s*charset=utf-8)?$/i;

/**
 * The length of the body the shortcut reads; null when the request goes the full way without it: not GET or POST
 * to /graphql, a body of unknown or more than MAX_PEEKED_BYTES or anything but plain JSON, or a condition that
 * Express would answer with 304.
 */
export function bodyLength(request: IncomingMessage): number | null {
  const { headers, method, url = '' } = request;
  if (url !== GRAPHQL_PATH && !url.startsWith(`${GRAPHQL_PATH}?`)) return null;
  if (headers['if-none-match'] !== undefined || headers['if-modified-since'] !== undefined) return null;
  if (headers['transfer-encoding'] !== undefined) return null;
  if (method === 'GET') return headers['content-length'] === undefined ? 0 : null;
  if (method !== 'POST' || headers['content-encoding'] !== undefined) return null;
  if (!PLAIN_JSON.test(headers['content-type'] ?? '')) return null;
  const length = Number(headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= MAX_PEEKED_BYTES ? length : null;
}

/** Everything an answer to the request depends on besides the read models. */
export function keyOf(request: IncomingMessage, body: string): string {
  const headers = KEYED_HEADERS.map((name) => request.headers[name] ?? '');
  // no header value nor URL holds a line break: the body comes last
  return [request.method, request.url, ...headers, body].join('\n');
}

/** The document a request asks to run: from its URL for a GET, from its body for a POST. */
export function documentOf(
  request: IncomingMessage,
  body: string,
): { query?: unknown; operationName?: unknown } {
  return request.method === 'GET' ? fromSearch(request) : fromBody(body);
}

function fromSearch(request: IncomingMessage): { query?: unknown; operationName?: unknown } {
  const search = new URLSearchParams(request.url?.slice(request.url.indexOf('?') + 1) ?? '');
  return { query: search.get('query') ?? undefined, operationName: search.get('operationName') ?? undefined };
}

function fromBody(body: string): { query?: unknown; operationName?: unknown } {
  try {
    const parsed = JSON.parse(body) as unknown;
    return parsed !== null && typeof parsed === 'object' ? parsed : {};
  } catch {
    // Express's parser answers a body it cannot read
    return {};
  }
}
