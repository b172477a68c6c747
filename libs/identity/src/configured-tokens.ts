import { HOW_TO_MAKE_A_SECRET, HyeopchiConfig } from '@hyeopchi/config';
import { developmentSecret } from './development-secret';
import { TokenVerification } from './tokens';

/** RS256 with JWT_PUBLIC_KEY, HS256 with JWT_SECRET, or HS256 with this installation's development secret. */
export async function tokenVerificationFrom(config: HyeopchiConfig): Promise<TokenVerification> {
  if (config.JWT_PUBLIC_KEY && config.JWT_SECRET) {
    throw new Error('set JWT_SECRET (HS256) or JWT_PUBLIC_KEY (RS256), not both');
  }
  if (config.JWT_PUBLIC_KEY) return { algorithm: 'RS256', publicKey: config.JWT_PUBLIC_KEY };
  if (!config.JWT_SECRET && process.env.NODE_ENV === 'production') {
    throw new Error(
      `in production set JWT_SECRET (HS256; ${HOW_TO_MAKE_A_SECRET}) or JWT_PUBLIC_KEY (RS256): no development secret is made`,
    );
  }
  return {
    algorithm: 'HS256',
    secret: config.JWT_SECRET ?? (await developmentSecret(config.JWT_DEV_SECRET_FILE)),
  };
}
