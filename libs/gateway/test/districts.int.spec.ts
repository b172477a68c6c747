import { loadConfiguration } from '@hyeopchi/config';
import { EVENT_STORES } from '@hyeopchi/event-infrastructure';
import { EventStore } from '@hyeopchi/event-store';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl, person, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';

const secret = 'a-districts-secret-of-at-least-32-characters';
const kim = person('kim', ['cso_admin']);
const MAPO = { id: 'Mapo-gu', code: '11440', nameKo: '마포구', nameEn: 'Mapo-gu' };

/** The directory of Seoul's districts over real HTTP: listed, checked in commands, resolved in what is read. */
describe("Seoul's districts in the API", () => {
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_districts_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const post = async <T>(query: string, identity?: Identity) => {
    const token = identity ? testToken(identity, secret) : null;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions: { code: string } }[];
    };
  };
  const graphql = async <T = Record<string, unknown>>(query: string, identity?: Identity): Promise<T> => {
    const body = await post<T>(query, identity);
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  };
  const send = async (mutation: string, input: string) =>
    (
      await graphql<Record<string, { __typename: string; code?: string; message?: string }>>(
        `mutation { ${mutation}(input: ${input}) { __typename ... on CommandRefused { code message } } }`,
        kim,
      )
    )[mutation];
  const draft = (proposalId: string, district: string) =>
    send(
      'draftProposal',
      `{ proposalId: "${proposalId}", title: "Shade", body: "Shade in parks.", serves: ["strategy-5"],
         departments: ["parks"], district: ${JSON.stringify(district)}, organizationId: null }`,
    );

  it('lists the 25 in the order of their codes, with both names', async () => {
    const { districts } = await graphql<{ districts: { id: string; code: string }[] }>(
      '{ districts { id code nameKo nameEn } }',
    );
    expect(districts).toHaveLength(25);
    expect(districts[0]).toEqual({ id: 'Jongno-gu', code: '11110', nameKo: '종로구', nameEn: 'Jongno-gu' });
    expect(districts).toContainEqual(MAPO);
    expect(districts.at(-1)).toEqual({
      id: 'Gangdong-gu',
      code: '11740',
      nameKo: '강동구',
      nameEn: 'Gangdong-gu',
    });
  });

  it('refuses a district not in the directory, by its readable code, and takes one by its id', async () => {
    for (const district of ['Atlantis', '마포구', '11440']) {
      expect(await draft('nowhere', district)).toMatchObject({
        __typename: 'CommandRefused',
        code: 'UNKNOWN_DISTRICT',
        message: expect.stringContaining("not one of Seoul's 25 districts"),
      });
      expect(
        await send(
          'registerOrganization',
          `{ organizationId: "nowhere", name: "N", district: "${district}" }`,
        ),
      ).toMatchObject({ __typename: 'CommandRefused', code: 'UNKNOWN_DISTRICT' });
    }
    // the schema bounds it: no id is longer than Yeongdeungpo-gu's 15 characters
    expect(await draft('nowhere', 'x'.repeat(16))).toMatchObject({ code: 'INVALID_COMMAND' });

    expect(await draft('shade', 'Mapo-gu')).toEqual({ __typename: 'CommandAccepted' });
    expect(
      await send(
        'editProposal',
        `{ proposalId: "shade", title: "Shade", body: "Shade in parks.",
      serves: ["strategy-5"], departments: ["parks"], district: "Gangdong-gu" }`,
      ),
    ).toEqual({
      __typename: 'CommandAccepted',
    });
    expect(await draft('canopies', 'Mapo-gu')).toEqual({ __typename: 'CommandAccepted' });
    expect(
      await send('registerOrganization', '{ organizationId: "mapo", name: "Mapo", district: "Mapo-gu" }'),
    ).toEqual({ __typename: 'CommandAccepted' });
  });

  it("resolves a proposal's and an organization's district, and filters proposals by its id", async () => {
    const { proposal, organization } = await graphql<Record<string, unknown>>(`
      {
        proposal(id: "shade") {
          district
          districtInDirectory {
            nameKo
            nameEn
          }
        }
        organization(id: "mapo") {
          district
          districtInDirectory {
            id
            code
            nameKo
            nameEn
          }
        }
      }
    `);
    expect(proposal).toEqual({
      district: 'Gangdong-gu',
      districtInDirectory: { nameKo: '강동구', nameEn: 'Gangdong-gu' },
    });
    expect(organization).toEqual({ district: 'Mapo-gu', districtInDirectory: MAPO });

    const { proposals } = await graphql<{ proposals: { edges: { node: { id: string } }[] } }>(
      '{ proposals(filter: { district: "Mapo-gu" }) { edges { node { id } } } }',
    );
    expect(proposals.edges.map(({ node }) => node.id)).toEqual(['canopies']);
    const unknown = await post('{ proposals(filter: { district: "마포구" }) { totalCount } }');
    expect(unknown.errors?.[0]).toMatchObject({
      message: expect.stringContaining('not a district id'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('shows a district written before the directory as written, naming none, in the city written before spaces', async () => {
    // written before spaces too: the first revision of the event, without its space
    const drafted = {
      type: 'proposal.drafted.v1',
      schemaVersion: 1,
      data: {
        proposalId: 'old',
        authorId: 'kim',
        organizationId: null,
        title: 'Benches',
        body: 'Somewhere to rest.',
        serves: ['strategy-5'],
        departments: ['parks'],
        district: 'Mapo',
        draftedAt: '2026-01-05T09:00:00.000Z',
      },
    };
    const civic = app.get<Map<string, EventStore>>(EVENT_STORES).get('civic')!;
    await civic.appendToStream('proposal-old', [{ eventId: randomUUID(), ...drafted }], 'no_stream');

    await eventually(async () =>
      expect(
        await graphql('{ proposal(id: "old") { title district districtInDirectory { id } space { id } } }'),
      ).toEqual({
        // and, upcast, in the city's space
        proposal: { title: 'Benches', district: 'Mapo', districtInDirectory: null, space: { id: 'seoul' } },
      }),
    );
  });
});
