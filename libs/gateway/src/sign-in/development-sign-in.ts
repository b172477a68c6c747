import { HyeopchiConfig } from '@hyeopchi/config';
import { Identity, developmentSecret, issueToken, DEMO_PERSONAS } from '@hyeopchi/identity';

export const DEVELOPMENT_SIGN_IN = Symbol('DevelopmentSignIn');

/** How long a persona's token lasts: a working day, as `npx hyeopchi token` gives by default. */
const PERSONA_TOKEN_SECONDS = 8 * 3600;

/**
 * Signing in as one of the demo's people without an identity provider: the web app's persona picker. Anyone may
 * sign in as anyone, administrators included, so it exists only on a standalone platform signing with its own
 * development secret file, outside production. Wherever a secret or key is configured (JWT_SECRET, JWT_PUBLIC_KEY),
 * tokens are real and people bring theirs.
 */
export class DevelopmentSignIn {
  private constructor(
    private readonly secret: string,
    private readonly config: HyeopchiConfig,
  ) {}

  static async from(config: HyeopchiConfig): Promise<DevelopmentSignIn | null> {
    if (process.env.NODE_ENV === 'production' || config.JWT_SECRET || config.JWT_PUBLIC_KEY) return null;
    return new DevelopmentSignIn(await developmentSecret(config.JWT_DEV_SECRET_FILE), config);
  }

  private get lifetimeSeconds(): number {
    return Math.min(PERSONA_TOKEN_SECONDS, this.config.JWT_MAX_TOKEN_HOURS * 3600);
  }

  get personas(): readonly Identity[] {
    return DEMO_PERSONAS;
  }

  tokenFor(persona: Identity, now: Date): { token: string; expiresAt: Date } {
    const token = issueToken(persona, {
      secret: this.secret,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      expiresInSeconds: this.lifetimeSeconds,
    });
    return { token, expiresAt: new Date(now.getTime() + this.lifetimeSeconds * 1000) };
  }
}
