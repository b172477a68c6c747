import {
  CLOCK_SKEW_SECONDS,
  Identity,
  InvalidTokenError,
  TokenVerifier,
  developmentSecret,
  issueToken,
} from '@hyeopchi/identity';
import { sign } from 'jsonwebtoken';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const audience = { issuer: 'hyeopchi', audience: 'hyeopchi' };
const rules = { ...audience, maxLifetimeHours: 720 };
const secret = 'a-test-secret-of-at-least-thirty-two-characters';
const officer: Identity = {
  subject: 'officer-lee',
  roles: ['department_officer'],
  organizations: [],
  departments: ['parks'],
  onCommittee: false,
};
const hs256 = new TokenVerifier({ algorithm: 'HS256', secret }, rules);
const refusal = (verifier: TokenVerifier, token: string, now?: Date) =>
  verifier.verify(token, now).then(
    () => 'accepted',
    (error: unknown) => (error instanceof InvalidTokenError ? error.code : String(error)),
  );

describe('bearer tokens', () => {
  it('carries the subject, roles and memberships through HS256', async () => {
    const token = issueToken(officer, { ...audience, secret, expiresInSeconds: 60 });
    expect(await hs256.verify(token)).toEqual(officer);
  });

  it.each([
    ['expired', () => issueToken(officer, { ...audience, secret, expiresInSeconds: -10 }), 'TOKEN_EXPIRED'],
    [
      'signed with another secret',
      () => issueToken(officer, { ...audience, secret: `${secret}!`, expiresInSeconds: 60 }),
      'TOKEN_INVALID',
    ],
    [
      'for another audience',
      () => issueToken(officer, { ...audience, audience: 'elsewhere', secret, expiresInSeconds: 60 }),
      'TOKEN_INVALID',
    ],
    [
      'without expiry',
      () => sign({ sub: 'x', roles: ['citizen'] }, secret, { ...audience, algorithm: 'HS256' }),
      'TOKEN_INVALID',
    ],
    [
      'unsigned (alg none)',
      () => sign({ sub: 'x', roles: ['admin'] }, '', { ...audience, algorithm: 'none', expiresIn: 60 }),
      'TOKEN_INVALID',
    ],
    [
      'lasting longer than a month',
      () => issueToken(officer, { ...audience, secret, expiresInSeconds: 31 * 24 * 3600 }),
      'TOKEN_INVALID',
    ],
    [
      'with an unknown role',
      () => sign({ sub: 'x', roles: ['mayor'] }, secret, { ...audience, algorithm: 'HS256', expiresIn: 60 }),
      'TOKEN_CLAIMS_INVALID',
    ],
  ])('is refused when %s', async (_case, token, code) => {
    expect(await refusal(hs256, token())).toBe(code);
  });

  describe('in time', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const nowSeconds = now.getTime() / 1000;
    const issuedAt = (iat: number, expiresIn: number) =>
      sign({ sub: 'x', roles: ['admin'], iat }, secret, { ...audience, algorithm: 'HS256', expiresIn });
    const years = 365 * 24 * 3600;

    it('refuses a token issued years ahead, though it expires an hour after its issue time', async () => {
      expect(await refusal(hs256, issuedAt(nowSeconds + 3 * years, 3600), now)).toBe('TOKEN_INVALID');
    });

    it('refuses a token issued beyond the clock skew, and accepts one within it', async () => {
      expect(await refusal(hs256, issuedAt(nowSeconds + CLOCK_SKEW_SECONDS + 1, 3600), now)).toBe(
        'TOKEN_INVALID',
      );
      expect(await refusal(hs256, issuedAt(nowSeconds + CLOCK_SKEW_SECONDS, 3600), now)).toBe('accepted');
    });

    it('says why a token from the future is refused', async () => {
      await expect(hs256.verify(issuedAt(nowSeconds + years, 3600), now)).rejects.toThrow(
        'the token says it was issued in the future',
      );
    });

    it('refuses a token expiring later than the configured lifetime from now', async () => {
      const hourLong = new TokenVerifier({ algorithm: 'HS256', secret }, { ...rules, maxLifetimeHours: 1 });
      expect(await refusal(hourLong, issuedAt(nowSeconds, 3600), now)).toBe('accepted');
      expect(await refusal(hourLong, issuedAt(nowSeconds, 3601), now)).toBe('TOKEN_INVALID');
      expect(await refusal(hourLong, issuedAt(nowSeconds + 30, 3600), now)).toBe('accepted');
    });

    it('checks expiry against the moment it is given, not the wall clock', async () => {
      const token = issuedAt(nowSeconds - 7200, 3600);
      expect(await refusal(hs256, token, now)).toBe('TOKEN_EXPIRED');
      expect(await refusal(hs256, token, new Date(now.getTime() - 5400_000))).toBe('accepted');
    });
  });

  it('does not tell the caller which issuer or audience it expects', async () => {
    const elsewhere = issueToken(officer, {
      ...audience,
      audience: 'elsewhere',
      secret,
      expiresInSeconds: 60,
    });
    const error = await hs256.verify(elsewhere).catch((refused: Error) => refused);
    expect((error as Error).message).toMatch(/audience invalid/);
    expect((error as Error).message).not.toContain(audience.audience);
  });

  it('checks RS256 tokens with the public key alone, and refuses an HS256 token made with that key', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    const rs256 = new TokenVerifier({ algorithm: 'RS256', publicKey }, rules);
    const claims = { sub: 'auditor-1', roles: ['auditor'] };
    const signed = sign(claims, privateKey, { ...audience, algorithm: 'RS256', expiresIn: 60 });
    expect(await rs256.verify(signed)).toMatchObject({ subject: 'auditor-1', roles: ['auditor'] });

    const confused = sign(claims, publicKey, { ...audience, algorithm: 'HS256', expiresIn: 60 });
    expect(await refusal(rs256, confused)).toBe('TOKEN_INVALID');
  });
});

describe('the development secret', () => {
  it('is made once, readable by its owner only, and the same afterwards', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'hyeopchi-secret-'));
    try {
      const file = join(folder, 'nested', 'jwt-secret');
      const [first, second] = await Promise.all([developmentSecret(file), developmentSecret(file)]);
      expect(first).toBe(second);
      expect(first.length).toBeGreaterThanOrEqual(43);
      expect(await developmentSecret(file)).toBe(first);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is refused when its file was truncated, rather than signing with a guessable secret', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'hyeopchi-secret-'));
    try {
      const file = join(folder, 'jwt-secret');
      await writeFile(file, 'short\n');
      await expect(developmentSecret(file)).rejects.toThrow(/no usable secret/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
