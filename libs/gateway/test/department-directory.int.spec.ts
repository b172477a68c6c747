import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { Started, freshDatabase, person, postGraphql, testDatabaseUrl, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

const secret = 'a-department-directory-secret-of-at-least-32-characters';
const secretariat = person('secretary-kang', ['secretariat']);
const admin = person('admin', ['admin']);
const kim = person('kim', ['cso_admin']);
const officer = person('officer-oh', ['department_officer'], { departments: ['parks'] });
const head = person('head-park', ['department_head'], { departments: ['parks'] });
const parks = {
  departmentId: 'parks',
  nameKo: '푸른도시여가국',
  nameEn: 'Green City and Leisure Bureau',
  spaceId: 'seoul',
};
const mapoParks = {
  departmentId: 'mapo-parks',
  nameKo: '마포구 공원녹지과',
  nameEn: 'Mapo-gu Parks and Green Spaces Division',
  spaceId: 'Mapo-gu',
};

/** The department directory over real HTTP: who keeps it, what anyone reads of it, and drafts held to it. */
describe('the department directory in the API', () => {
  let database: Started<string>;
  let app: INestApplication;
  let origin: string;

  const graphql = <T = Record<string, unknown>>(query: string, variables?: object, identity?: Identity) =>
    postGraphql<T>(origin, query, variables, identity && testToken(identity, secret));
  const send = async (mutation: string, input: object, identity: Identity) => {
    const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
    const result = await graphql<Record<string, { __typename: string; code?: string; message?: string }>>(
      `mutation ($input: ${type}!) {
        ${mutation}(input: $input) { __typename ... on CommandRefused { code message } }
      }`,
      { input },
      identity,
    );
    return result[mutation];
  };
  const ACCEPTED = { __typename: 'CommandAccepted' };
  const refused = (code: string) => ({ __typename: 'CommandRefused', code, message: expect.any(String) });

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_directory_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  it('is kept by the secretariat and admins only', async () => {
    expect(await send('registerDepartment', parks, kim)).toEqual(refused('FORBIDDEN'));
    expect(await send('registerDepartment', parks, officer)).toEqual(refused('FORBIDDEN'));
    expect(await send('registerDepartment', parks, head)).toEqual(refused('FORBIDDEN'));
    expect(await send('registerDepartment', parks, secretariat)).toEqual(ACCEPTED);
    expect(await send('registerDepartment', mapoParks, admin)).toEqual(ACCEPTED);
    const assign = { departmentId: 'parks', personId: 'officer-oh' };
    expect(await send('assignDepartmentOfficer', assign, officer)).toEqual(refused('FORBIDDEN'));
    expect(await send('assignDepartmentOfficer', assign, secretariat)).toEqual(ACCEPTED);
  });

  it('refuses a department twice, in a space that does not exist, or an officer listed already', async () => {
    expect(await send('registerDepartment', parks, secretariat)).toEqual(refused('DEPARTMENT_EXISTS'));
    expect(
      await send(
        'registerDepartment',
        { ...parks, departmentId: 'atlantis', spaceId: 'Atlantis' },
        secretariat,
      ),
    ).toEqual(refused('UNKNOWN_SPACE'));
    expect(
      await send('assignDepartmentOfficer', { departmentId: 'parks', personId: 'officer-oh' }, secretariat),
    ).toEqual(refused('OFFICER_ALREADY_ASSIGNED'));
  });

  it('lists the departments for anyone, by space, with their officers by their public names', async () => {
    await send('choosePublicName', { personId: 'officer-oh', displayName: '오세진' }, officer);
    const query = `query ($spaceId: String) {
      departments(spaceId: $spaceId) { id nameKo nameEn spaceId officers { displayName role } }
    }`;
    expect(await graphql(query)).toEqual({
      departments: [
        { ...fields(mapoParks), officers: [] },
        { ...fields(parks), officers: [{ displayName: '오세진', role: 'official' }] },
      ],
    });
    expect(await graphql(query, { spaceId: 'Mapo-gu' })).toEqual({
      departments: [{ ...fields(mapoParks), officers: [] }],
    });
  });

  it('renames a department and releases an officer', async () => {
    const renamed = { departmentId: 'parks', nameKo: '푸른도시국', nameEn: 'Green City Bureau' };
    expect(await send('renameDepartment', renamed, kim)).toEqual(refused('FORBIDDEN'));
    expect(await send('renameDepartment', renamed, secretariat)).toEqual(ACCEPTED);
    const release = { departmentId: 'parks', personId: 'officer-oh' };
    expect(await send('releaseDepartmentOfficer', release, secretariat)).toEqual(ACCEPTED);
    expect(await send('releaseDepartmentOfficer', release, secretariat)).toEqual(
      refused('OFFICER_NOT_ASSIGNED'),
    );
    expect(
      await graphql('{ departments(spaceId: "seoul") { nameKo nameEn officers { displayName } } }'),
    ).toEqual({ departments: [{ nameKo: '푸른도시국', nameEn: 'Green City Bureau', officers: [] }] });
  });

  it('refuses a draft naming a department the directory does not register, or one of another space, and names the others', async () => {
    const draft = {
      proposalId: 'shade',
      title: 'Shade',
      body: 'Shade in parks.',
      serves: ['strategy-5'],
      district: 'Mapo-gu',
      organizationId: null,
    };
    const unknown = await send('draftProposal', { ...draft, departments: ['parks', 'roads'] }, kim);
    expect(unknown).toEqual(refused('UNKNOWN_DEPARTMENT'));
    expect(unknown.message).toContain('"roads"');
    // a district's department answers its district's proposals, the city's the city's
    expect(await send('draftProposal', { ...draft, departments: ['mapo-parks', 'parks'] }, kim)).toEqual(
      refused('DEPARTMENT_OUTSIDE_SPACE'),
    );
    expect(
      await send('draftProposal', { ...draft, spaceId: 'Mapo-gu', departments: ['mapo-parks'] }, kim),
    ).toEqual(ACCEPTED);
    expect(
      await graphql('{ proposal(id: "shade") { departments departmentsInDirectory { nameEn } } }'),
    ).toEqual({
      proposal: { departments: ['mapo-parks'], departmentsInDirectory: [{ nameEn: mapoParks.nameEn }] },
    });
  });
});

const fields = ({ departmentId, nameKo, nameEn, spaceId }: typeof parks) => ({
  id: departmentId,
  nameKo,
  nameEn,
  spaceId,
});
