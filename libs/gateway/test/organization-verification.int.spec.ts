import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { Started, freshDatabase, person, testDatabaseUrl, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

const secret = 'a-verification-test-secret-of-at-least-32-characters';
const secretary = person('secretary-jung', ['secretariat']);
const kim = person('kim', ['cso_admin']);
const citizen = person('citizen-1', ['citizen']);
const officer = person('officer-1', ['department_officer'], { departments: ['parks'] });

const NOTE = 'Registered as a non-profit with the Seoul Metropolitan Government (No. 2024-117).';

interface Result {
  __typename: 'CommandAccepted' | 'CommandRefused';
  code?: string;
}

/** The secretariat's verification of organizations, through the real HTTP gateway and the civic service. */
describe('verifying an organization through GraphQL', () => {
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_verifying_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await accepted(kim, 'registerOrganization', {
      organizationId: 'mapo',
      name: 'Mapo network',
      district: 'Mapo-gu',
    });
    await accepted(secretary, 'choosePublicName', { personId: secretary.subject, displayName: '정하늘' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const graphql = async (identity: Identity | null, query: string, variables: object = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity ? { authorization: `Bearer ${testToken(identity, secret)}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (!body.data) throw new Error(JSON.stringify(body));
    return body.data;
  };
  const command = async (identity: Identity, mutation: string, input: object): Promise<Result> => {
    const type = mutation.charAt(0).toUpperCase() + mutation.slice(1);
    const data = await graphql(
      identity,
      `mutation ($input: ${type}Input!) { ${mutation}(input: $input) { __typename ... on CommandRefused { code } } }`,
      { input },
    );
    return data[mutation] as Result;
  };
  async function accepted(identity: Identity, mutation: string, input: object) {
    expect(await command(identity, mutation, input)).toEqual({ __typename: 'CommandAccepted' });
  }
  const refused = async (identity: Identity, mutation: string, input: object) =>
    (await command(identity, mutation, input)).code;
  const mapo = async () =>
    (
      await graphql(
        null,
        `
          {
            organization(id: "mapo") {
              verified
              verificationNote
              verifiedAt
              verifier {
                displayName
                role
              }
              verificationRevokedReason
              verificationRevokedAt
            }
          }
        `,
      )
    ).organization;
  const listed = async (verified: boolean) =>
    (
      (await graphql(null, `{ organizations(verified: ${verified}) { id } }`)).organizations as {
        id: string;
      }[]
    ).map((organization) => organization.id);

  it('is for the secretariat: a citizen or an officer may neither verify nor revoke', async () => {
    for (const who of [citizen, officer, kim]) {
      expect(await refused(who, 'verifyOrganization', { organizationId: 'mapo', note: NOTE })).toBe(
        'FORBIDDEN',
      );
      expect(
        await refused(who, 'revokeOrganizationVerification', { organizationId: 'mapo', reason: 'no' }),
      ).toBe('FORBIDDEN');
    }
    expect(await listed(false)).toEqual(['mapo']);
  });

  it('records what the secretariat checked and who vouched, and refuses what does not fit', async () => {
    expect(await refused(secretary, 'verifyOrganization', { organizationId: 'nowhere', note: NOTE })).toBe(
      'ORGANIZATION_NOT_FOUND',
    );
    expect(
      await refused(secretary, 'revokeOrganizationVerification', {
        organizationId: 'mapo',
        reason: 'lapsed',
      }),
    ).toBe('ORGANIZATION_NOT_VERIFIED');
    await accepted(secretary, 'verifyOrganization', { organizationId: 'mapo', note: NOTE });
    expect(await refused(secretary, 'verifyOrganization', { organizationId: 'mapo', note: NOTE })).toBe(
      'ORGANIZATION_ALREADY_VERIFIED',
    );
    expect(await mapo()).toEqual({
      verified: true,
      verificationNote: NOTE,
      verifiedAt: expect.any(String),
      verifier: { displayName: '정하늘', role: 'official' },
      verificationRevokedReason: null,
      verificationRevokedAt: null,
    });
    expect(await listed(true)).toEqual(['mapo']);
    expect(await listed(false)).toEqual([]);
  });

  it('revokes a verification with a reason, after which the organization awaits verification again', async () => {
    expect(
      await refused(secretary, 'revokeOrganizationVerification', { organizationId: 'mapo', reason: ' ' }),
    ).toBe('REASON_REQUIRED');
    await accepted(secretary, 'revokeOrganizationVerification', {
      organizationId: 'mapo',
      reason: 'Its non-profit registration lapsed.',
    });
    expect(await mapo()).toEqual({
      verified: false,
      verificationNote: null,
      verifiedAt: null,
      verifier: null,
      verificationRevokedReason: 'Its non-profit registration lapsed.',
      verificationRevokedAt: expect.any(String),
    });
    expect(await listed(false)).toEqual(['mapo']);
  });
});
