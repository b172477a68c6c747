import { Identity, InvalidTokenError, TokenVerifier } from '@hyeopchi/identity';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Who calls: the identity of a valid bearer token, none without one, or why the token was refused. */
export type Caller = { identity: Identity } | { identity: null; refusal: string | null };

/** Tokens whose verification is remembered at most: the oldest are forgotten first. */
const MAX_VERIFIED_TOKENS = 10_000;

/**
 * Reads the caller of a request from its bearer token, once per request however many fields ask. A token found
 * valid is remembered until it expires (its signature and claims cannot change): a client sending the same
 * token with every request pays for its verification once.
 */
@Injectable()
export class CallerAuthenticator {
  private readonly callers = new WeakMap<Request, Promise<Caller>>();
  private readonly verified = new Map<string, { identity: Identity; expiresAtMs: number }>();

  constructor(@Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier) {}

  callerOf(request: Request): Promise<Caller> {
    let caller = this.callers.get(request);
    if (!caller) {
      caller = this.verify(request.headers.authorization);
      this.callers.set(request, caller);
    }
    return caller;
  }

  async identityOf(request: Request): Promise<Identity | null> {
    return (await this.callerOf(request)).identity;
  }

  /** For a WebSocket's subscription, whose token arrives with the connection rather than a request. */
  async identityFrom(authorization: string | undefined): Promise<Identity | null> {
    return (await this.verify(authorization)).identity;
  }

  private async verify(header: string | undefined): Promise<Caller> {
    if (!header) return { identity: null, refusal: null };
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    if (!token) return { identity: null, refusal: 'send the token as "Authorization: Bearer <token>"' };
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAtMs) return { identity: known.identity };
    try {
      const identity = await this.verifier.verify(token);
      this.remember(token, identity);
      return { identity };
    } catch (error) {
      if (error instanceof InvalidTokenError) return { identity: null, refusal: error.message };
      throw error;
    }
  }

  private remember(token: string, identity: Identity): void {
    // the verifier has checked the token: its claims are the issuer's, and say how long it lasts
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
      exp: number;
    };
    this.verified.delete(token);
    this.verified.set(token, { identity, expiresAtMs: exp * 1000 });
    if (this.verified.size > MAX_VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
  }
}
