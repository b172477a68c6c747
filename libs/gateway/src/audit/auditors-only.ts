import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { CallerAuthenticator } from '@hyeopchi/gateway-kit';

export const AUDITORS_ONLY = 'Auditors and admins only (others get a FORBIDDEN error).';

/** The audit queries read every stream, personal data included: auditors and admins only. */
export async function auditorOnly(callers: CallerAuthenticator, request: Request): Promise<void> {
  const caller = await callers.callerOf(request);
  if (!caller.identity && caller.refusal) {
    throw new GraphQLError(caller.refusal, { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (!caller.identity?.roles.some((role) => role === 'auditor' || role === 'admin')) {
    throw new GraphQLError('the audit queries are for auditors and admins only', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
}
