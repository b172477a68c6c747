import { loadConfiguration } from '@hyeopchi/config';
import { TokenVerifier } from '@hyeopchi/identity';
import { generateKeyPairSync } from 'node:crypto';
import { DevelopmentSignIn } from '../src/sign-in/development-sign-in';

const secret = 'a-sign-in-test-secret-of-at-least-32-characters';

describe('signing in as a persona', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it("offers the demo's people, and gives each a token the gateway accepts as them", async () => {
    const signIn = (await DevelopmentSignIn.from(loadConfiguration({ JWT_SECRET: secret })))!;
    const officer = signIn.personas.find((persona) => persona.subject === 'officer-parks')!;
    expect(officer).toMatchObject({ roles: ['department_officer'], departments: ['parks'] });

    const now = new Date();
    const { token, expiresAt } = signIn.tokenFor(officer, now);
    const verifier = new TokenVerifier(
      { algorithm: 'HS256', secret },
      { issuer: 'hyeopchi', audience: 'hyeopchi' },
    );
    expect(await verifier.verify(token)).toEqual(officer);
    expect(expiresAt.getTime() - now.getTime()).toBe(8 * 3600 * 1000);
  });

  it('gives every kind of user a persona: citizen, CSO, each department, committee, chair, auditor, admin', async () => {
    const signIn = (await DevelopmentSignIn.from(loadConfiguration({ JWT_SECRET: secret })))!;
    const roles = signIn.personas.flatMap((persona) => persona.roles);
    expect(new Set(roles)).toEqual(
      new Set([
        'citizen',
        'cso_member',
        'cso_admin',
        'department_officer',
        'committee_member',
        'committee_chair',
        'auditor',
        'admin',
      ]),
    );
    const departments = signIn.personas.flatMap((persona) => persona.departments);
    expect(departments).toEqual(['parks', 'climate', 'welfare']);
  });

  it('is not there in production', async () => {
    process.env.NODE_ENV = 'production';
    expect(await DevelopmentSignIn.from(loadConfiguration({ JWT_SECRET: secret }))).toBeNull();
  });

  it('is not there where tokens come from an identity provider (RS256)', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await DevelopmentSignIn.from(loadConfiguration({ JWT_PUBLIC_KEY: pem }))).toBeNull();
  });
});
