import { Identity, Role, issueToken } from '@hyeopchi/identity';

/** Someone acting in `roles`, of no organization, department or committee unless `extra` says so. */
export const person = (subject: string, roles: Role[], extra: Partial<Identity> = {}): Identity => ({
  subject,
  roles,
  organizations: [],
  departments: [],
  onCommittee: false,
  ...extra,
});

/** A bearer token for `identity` that a platform configured with JWT_SECRET `secret` accepts for ten minutes. */
export const testToken = (identity: Identity, secret: string): string =>
  issueToken(identity, { secret, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds: 600 });
