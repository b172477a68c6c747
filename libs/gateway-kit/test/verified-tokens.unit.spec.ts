import { Identity, TokenVerifier, issueToken } from '@hyeopchi/identity';
import { person } from '@hyeopchi/testing';
import type { Request } from 'express';
import { CallerAuthenticator } from '../src/caller';
import { MAX_VERIFIED_TOKENS, VerifiedTokens } from '../src/verified-tokens';

const secret = 'a-verified-tokens-secret-of-at-least-32-characters';
const tokenOf = (identity: Identity, expiresInSeconds = 600) =>
  issueToken(identity, { secret, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds });
const expiryOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp: number }).exp;

describe('tokens remembered once verified', () => {
  it('gives the identity back until the second its token expires, as the verifier counts', () => {
    let now = Date.now();
    const tokens = new VerifiedTokens(() => now);
    const kim = person('kim', ['citizen']);
    const token = tokenOf(kim, 60);
    tokens.remember(token, kim);
    expect(tokens.identityOf(token)).toEqual(kim);
    now = expiryOf(token) * 1000 - 1;
    expect(tokens.identityOf(token)).toEqual(kim);
    now = expiryOf(token) * 1000;
    expect(tokens.identityOf(token)).toBeNull();
    now = 0;
    expect(tokens.identityOf(token)).toBeNull();
  });

  it('forgets the least recently used beyond its bound', () => {
    const tokens = new VerifiedTokens();
    const first = tokenOf(person('first', ['citizen']));
    const second = tokenOf(person('second', ['citizen']));
    tokens.remember(first, person('first', ['citizen']));
    tokens.remember(second, person('second', ['citizen']));
    expect(tokens.identityOf(first)).not.toBeNull();
    for (let i = 0; i < MAX_VERIFIED_TOKENS - 1; i++)
      tokens.remember(`h.${btoa('{"exp":9e9}')}.${i}`, person('x', []));
    expect(tokens.identityOf(second)).toBeNull();
    expect(tokens.identityOf(first)).not.toBeNull();
  });

  it('verifies a token once until it expires, and a refused one each time', async () => {
    const verifier = new TokenVerifier(
      { algorithm: 'HS256', secret },
      { issuer: 'hyeopchi', audience: 'hyeopchi', maxLifetimeHours: 1 },
    );
    const verify = jest.spyOn(verifier, 'verify');
    const callers = new CallerAuthenticator(verifier);
    const request = (authorization: string) => ({ headers: { authorization } }) as Request;
    const kim = person('kim', ['citizen']);
    const token = tokenOf(kim);

    expect(await callers.identityOf(request(`Bearer ${token}`))).toEqual(kim);
    expect(await callers.identityOf(request(`Bearer ${token}`))).toEqual(kim);
    expect(verify).toHaveBeenCalledTimes(1);

    const forged = `${token.slice(0, -2)}xx`;
    for (let i = 0; i < 2; i++) {
      expect(await callers.callerOf(request(`Bearer ${forged}`))).toMatchObject({
        identity: null,
        refusal: expect.stringContaining('not valid'),
      });
    }
    expect(verify).toHaveBeenCalledTimes(3);
  });
});
