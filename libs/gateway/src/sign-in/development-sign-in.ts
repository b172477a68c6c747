import { HyeopchiConfig } from '@hyeopchi/config';
import { Identity, issueToken, tokenVerificationFrom } from '@hyeopchi/identity';
import { DEMO_PERSONAS } from '@hyeopchi/services';

export const DEVELOPMENT_SIGN_IN = Symbol('DevelopmentSignIn');

/** How long a persona's token lasts: a working day, as `npx hyeopchi token` gives by default. */
const PERSONA_TOKEN_SECONDS = 8 * 3600;

/**
 * Signing in as one of the demo's people without an identity provider: the web app's persona picker. It exists
 * only where the platform signs its own tokens (HS256) outside production; with an identity provider (RS256) or in
 * production, people bring a real token.
 */
export class DevelopmentSignIn {
  private constructor(
    private readonly secret: string,
    private readonly config: HyeopchiConfig,
  ) {}

  static async from(config: HyeopchiConfig): Promise<DevelopmentSignIn | null> {
    if (process.env.NODE_ENV === 'production') return null;
    const verification = await tokenVerificationFrom(config);
    return verification.algorithm === 'HS256' ? new DevelopmentSignIn(verification.secret, config) : null;
  }

  get personas(): readonly Identity[] {
    return DEMO_PERSONAS;
  }

  tokenFor(persona: Identity, now: Date): { token: string; expiresAt: Date } {
    const token = issueToken(persona, {
      secret: this.secret,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      expiresInSeconds: PERSONA_TOKEN_SECONDS,
    });
    return { token, expiresAt: new Date(now.getTime() + PERSONA_TOKEN_SECONDS * 1000) };
  }
}
