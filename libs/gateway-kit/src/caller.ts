import { Identity, InvalidTokenError, TokenVerifier } from '@hyeopchi/identity';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { VerifiedTokens } from './verified-tokens';

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Who calls: the identity of a valid bearer token, none without one, or why the token was refused. */
export type Caller = { identity: Identity } | { identity: null; refusal: string | null };

/**
 * Reads the caller of a request from its bearer token, once per request however many fields ask, and verifies a
 * token once until it expires (`VerifiedTokens`).
 */
@Injectable()
export class CallerAuthenticator {
  private readonly callers = new WeakMap<Request, Promise<Caller>>();
  private readonly verified = new VerifiedTokens();

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
    const known = this.verified.identityOf(token);
    if (known) return { identity: known };
    try {
      const identity = await this.verifier.verify(token);
      this.verified.remember(token, identity);
      return { identity };
    } catch (error) {
      if (error instanceof InvalidTokenError) return { identity: null, refusal: error.message };
      throw error;
    }
  }
}
