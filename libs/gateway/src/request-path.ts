import type { IncomingMessage } from 'node:http';

/**
 * The path of a request's target, without its query; undefined when the target is no URL. Node's parser accepts
 * absolute targets that URL refuses (`GET http://[ HTTP/1.1`), and a listener must not throw on what a caller sent.
 */
export function pathOf(request: Pick<IncomingMessage, 'url'>): string | undefined {
  const target = request.url ?? '/';
  return URL.canParse(target, BASE) ? new URL(target, BASE).pathname : undefined;
}

const BASE = 'http://localhost';
