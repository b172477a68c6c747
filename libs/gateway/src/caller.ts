import { Identity, InvalidTokenError, TokenVerifier } from '@hyeopchi/identity';
import type { Request } from 'express';

/** Who calls: the identity of a valid bearer token, none without one, or why the token was refused. */
export type Caller = { identity: Identity } | { identity: null; refusal: string | null };

export async function callerOf(request: Request, verifier: TokenVerifier): Promise<Caller> {
  const header = request.headers.authorization;
  if (!header) return { identity: null, refusal: null };
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token)
    return { identity: null, refusal: 'send the token as "Authorization: Bearer <token>"' };
  try {
    return { identity: await verifier.verify(token) };
  } catch (error) {
    if (error instanceof InvalidTokenError) return { identity: null, refusal: error.message };
    throw error;
  }
}
