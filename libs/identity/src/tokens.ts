import { JwtService } from '@nestjs/jwt';
import { verify } from 'jsonwebtoken';
import { KeyObject, createPublicKey, createSecretKey } from 'node:crypto';
import { Identity, claimsOf, identityClaims, identityFromClaims } from './identity';

/**
 * How tokens are checked: HS256 with a shared secret, or RS256 with the identity provider's public key. Only the
 * configured algorithm is accepted, so a token cannot choose how it is checked (no `none`, no HS256 signed with
 * the public key).
 */
export type TokenVerification =
  { algorithm: 'HS256'; secret: string } | { algorithm: 'RS256'; publicKey: string };

export interface TokenAudience {
  issuer: string;
  audience: string;
}

/** What the verifier accepts beyond the signature: whom the token is for, and how far ahead it may reach. */
export interface TokenRules extends TokenAudience {
  /** The latest a token may expire, counted from now and from its issue time (JWT_MAX_TOKEN_HOURS). */
  maxLifetimeHours: number;
}

export type TokenErrorCode = 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'TOKEN_CLAIMS_INVALID';

export class InvalidTokenError extends Error {
  constructor(
    readonly code: TokenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/** How far ahead of ours the issuer's clock may run: a token issued later than that comes from the future. */
export const CLOCK_SKEW_SECONDS = 60;

/** jsonwebtoken says which issuer or audience it expected: that is ours to know, not the caller's. */
function withoutExpectations(message: string): string {
  return message.replace(/\. expected:? .*$/s, '');
}

export class TokenVerifier {
  /**
   * Made once: given a string, jsonwebtoken makes the key anew for every token, first trying it as a public key
   * (a PEM parse that throws for a secret), which cost a tenth of a busy gateway's CPU.
   */
  private readonly key: KeyObject;

  constructor(
    private readonly verification: TokenVerification,
    private readonly rules: TokenRules,
  ) {
    this.key =
      verification.algorithm === 'HS256'
        ? createSecretKey(Buffer.from(verification.secret))
        : createPublicKey(verification.publicKey);
  }

  /** `now`: the moment of checking, ours, never the token's (tests pass theirs). */
  async verify(token: string, now: Date = new Date()): Promise<Identity> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    let claims: unknown;
    try {
      claims = verify(token, this.key, {
        algorithms: [this.verification.algorithm],
        issuer: this.rules.issuer,
        audience: this.rules.audience,
        clockTimestamp: nowSeconds,
      });
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new InvalidTokenError(
        expired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
        expired
          ? 'the token has expired: get a new one'
          : `the token is not valid: ${withoutExpectations((error as Error).message)}`,
      );
    }
    const { exp, iat } = claims as { exp?: unknown; iat?: unknown };
    if (typeof exp !== 'number' || typeof iat !== 'number') {
      throw new InvalidTokenError(
        'TOKEN_INVALID',
        'the token has no expiry or issue time: tokens must expire',
      );
    }
    if (iat > nowSeconds + CLOCK_SKEW_SECONDS) {
      throw new InvalidTokenError('TOKEN_INVALID', 'the token says it was issued in the future');
    }
    // with iat no later than now (give or take the skew), this also keeps exp within the lifetime from now
    if (exp - iat > this.rules.maxLifetimeHours * 3600) {
      throw new InvalidTokenError(
        'TOKEN_INVALID',
        `the token lasts longer than ${this.rules.maxLifetimeHours} hours`,
      );
    }
    try {
      return identityFromClaims(claims);
    } catch (error) {
      throw new InvalidTokenError(
        'TOKEN_CLAIMS_INVALID',
        `the token's claims are not an identity: ${String(error)}`,
      );
    }
  }
}

/** Signs HS256 tokens with the shared secret: development tokens, and tests. */
export function issueToken(
  identity: Identity,
  {
    secret,
    issuer,
    audience,
    expiresInSeconds,
  }: TokenAudience & { secret: string; expiresInSeconds: number },
): string {
  const claims = identityClaims.safeParse(claimsOf(identity));
  if (!claims.success) {
    const problems = claims.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`not an identity a token can carry: ${problems.join('; ')}`);
  }
  return new JwtService().sign(claims.data, {
    algorithm: 'HS256',
    secret,
    issuer,
    audience,
    expiresIn: expiresInSeconds,
  });
}
