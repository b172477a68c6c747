import { loadConfiguration } from '@hyeopchi/config';
import { TokenVerifier, developmentSecret } from '@hyeopchi/identity';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevelopmentSignIn } from '../src/sign-in/development-sign-in';

describe('signing in as a persona', () => {
  const nodeEnv = process.env.NODE_ENV;
  let folder: string;
  /** A standalone platform's development settings: no secret or key configured, its own secret file. */
  let development: Record<string, string>;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hyeopchi-sign-in-'));
    development = { JWT_DEV_SECRET_FILE: join(folder, 'jwt-dev-secret') };
  });
  afterEach(async () => {
    process.env.NODE_ENV = nodeEnv;
    await rm(folder, { recursive: true, force: true });
  });

  it("offers the demo's people, and gives each a token the gateway accepts as them", async () => {
    const signIn = (await DevelopmentSignIn.from(loadConfiguration(development)))!;
    const officer = signIn.personas.find((persona) => persona.subject === 'officer-parks')!;
    expect(officer).toMatchObject({ roles: ['department_officer'], departments: ['parks'] });

    const now = new Date();
    const { token, expiresAt } = signIn.tokenFor(officer, now);
    const verifier = new TokenVerifier(
      { algorithm: 'HS256', secret: await developmentSecret(development.JWT_DEV_SECRET_FILE) },
      { issuer: 'hyeopchi', audience: 'hyeopchi', maxLifetimeHours: 720 },
    );
    expect(await verifier.verify(token)).toEqual(officer);
    expect(expiresAt.getTime() - now.getTime()).toBe(8 * 3600 * 1000);
  });

  it('gives every kind of user a persona: citizen, CSO, each department, committee, chair, secretariat, auditor, admin', async () => {
    const signIn = (await DevelopmentSignIn.from(loadConfiguration(development)))!;
    const roles = signIn.personas.flatMap((persona) => persona.roles);
    expect(new Set(roles)).toEqual(
      new Set([
        'citizen',
        'cso_member',
        'cso_admin',
        'department_officer',
        'committee_member',
        'committee_chair',
        'secretariat',
        'auditor',
        'admin',
      ]),
    );
    const departments = signIn.personas.flatMap((persona) => persona.departments);
    expect(departments).toEqual(['parks', 'climate', 'welfare']);
  });

  it('is not there in production', async () => {
    process.env.NODE_ENV = 'production';
    expect(await DevelopmentSignIn.from(loadConfiguration(development))).toBeNull();
  });

  it('is not there where a secret is configured, in production or not', async () => {
    delete process.env.NODE_ENV;
    const secret = 'q9P2vX7mK4tR8wZ1bN6cY3hJ5fL0sD-A';
    expect(
      await DevelopmentSignIn.from(loadConfiguration({ ...development, JWT_SECRET: secret })),
    ).toBeNull();
  });

  it('gives tokens no longer than the platform accepts', async () => {
    const signIn = (await DevelopmentSignIn.from(
      loadConfiguration({ ...development, JWT_MAX_TOKEN_HOURS: '2' }),
    ))!;
    const now = new Date();
    const { expiresAt } = signIn.tokenFor(signIn.personas[0], now);
    expect(expiresAt.getTime() - now.getTime()).toBe(2 * 3600 * 1000);
  });

  it('is not there where tokens come from an identity provider (RS256)', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(
      await DevelopmentSignIn.from(loadConfiguration({ ...development, JWT_PUBLIC_KEY: pem })),
    ).toBeNull();
  });
});
