import {
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
const secret = 'a-test-secret-of-at-least-thirty-two-characters';
const officer: Identity = {
  subject: 'officer-lee',
  roles: ['department_officer'],
  organizations: [],
  departments: ['parks'],
  onCommittee: false,
};
const hs256 = new TokenVerifier({ algorithm: 'HS256', secret }, audience);
const refusal = (verifier: TokenVerifier, token: string) =>
  verifier.verify(token).then(
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
    const rs256 = new TokenVerifier({ algorithm: 'RS256', publicKey }, audience);
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
