import { Identity } from '@hyeopchi/identity';

/** Tokens whose verification is remembered at most: the least recently used are forgotten first. */
export const MAX_VERIFIED_TOKENS = 10_000;

/**
 * Tokens found valid, with the identity they carry, until they expire: a token's signature and claims cannot
 * change, and a token valid now stays valid until its `exp` (its issue time only falls further behind the
 * clock). A client sending the same token with every request pays for its verification once.
 *
 * Hazard: only tokens the verifier accepted may be remembered, and only with the `exp` it checked.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, { identity: Identity; expiresAtSeconds: number }>();

  constructor(private readonly nowMs: () => number = Date.now) {}

  /** The identity of a token remembered and not expired (as the verifier counts: whole seconds). */
  identityOf(token: string): Identity | null {
    const known = this.tokens.get(token);
    if (!known) return null;
    this.tokens.delete(token);
    if (Math.floor(this.nowMs() / 1000) >= known.expiresAtSeconds) return null;
    this.tokens.set(token, known);
    return known.identity;
  }

  remember(token: string, identity: Identity): void {
    this.tokens.delete(token);
    this.tokens.set(token, { identity, expiresAtSeconds: expiryOf(token) });
    if (this.tokens.size > MAX_VERIFIED_TOKENS) this.tokens.delete(this.tokens.keys().next().value!);
  }
}

/** A verified token's `exp`: the verifier has checked that it is there and a number. */
function expiryOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
    exp: number;
  };
  return payload.exp;
}
