import type { NextFunction, Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { introspectionAllowed } from './query-limits';

/**
 * The web app's scripts and styles are its own files (no inline script, no CDN); it talks to its own origin only,
 * over HTTP and WebSocket ('self' covers ws: and wss: on the same host); no page may frame it. React Aria adds a
 * few <style> elements of its own: the nonce lets those in (the index page names it in <meta name="csp-nonce">).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Apollo's landing page (its Sandbox, loaded from Apollo's CDN) at GET /graphql outside production: the page
 * carries its own policy for its scripts, so this one only keeps it out of frames and plugins.
 */
const DEVELOPMENT_IDE_POLICY = ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"].join('; ');

/** The headers every answer of the gateway carries, whoever answers it (Express or the kept-answer shortcut). */
export const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
] as const;

/** SECURITY_HEADERS for an answer to `request` (`url` as it asked, whole), with the nonce its policy allows. */
export function securityHeadersFor(
  request: IncomingMessage,
  url: string,
): { nonce: string; headers: [string, string][] } {
  const ide =
    request.method === 'GET' &&
    (request.headers.accept ?? '').includes('text/html') &&
    introspectionAllowed() &&
    new URL(url, 'http://localhost').pathname === '/graphql';
  const nonce = randomBytes(16).toString('base64');
  return {
    nonce,
    headers: [
      ['Content-Security-Policy', ide ? DEVELOPMENT_IDE_POLICY : contentSecurityPolicy(nonce)],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'same-origin'],
    ],
  };
}

/** Headers on every answer of the gateway: the web app, /graphql and /health. */
export function securityHeaders(request: Request, response: Response, next: NextFunction): void {
  // a middleware mounted on every path sees its URL with the mount point taken off: the whole one is originalUrl
  const { nonce, headers } = securityHeadersFor(request, request.originalUrl);
  for (const [name, value] of headers) response.setHeader(name, value);
  (response.locals as CspLocals).cspNonce = nonce;
  next();
}

/** What securityHeaders leaves for the index page: the nonce its policy allows. */
export interface CspLocals {
  cspNonce: string;
}
