import { loadConfiguration } from '@hyeopchi/config';
import { PersonProfile } from '@hyeopchi/civic/read-model';
import { GatewayModule } from '@hyeopchi/gateway';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Identity } from '@hyeopchi/identity';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl, person, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

const secret = 'a-people-secret-of-at-least-32-characters';
const kim = person('kim-jiyoung', ['cso_admin']);
const lee = person('lee-minho', ['citizen']);
const officer = person('officer-parks', ['department_officer'], { departments: ['parks'] });
const admin = person('admin', ['admin']);
const han = person('member-han', ['committee_chair'], { onCommittee: true });

/** People by the names they chose, over real HTTP: never by their account ids. */
describe('people in the API', () => {
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_people_${randomBytes(4).toString('hex')}`);
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

  const post = async <T>(query: string, identity?: Identity, variables?: object) => {
    const token = identity ? testToken(identity, secret) : null;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  };
  const graphql = async <T = Record<string, unknown>>(query: string, identity?: Identity): Promise<T> => {
    const body = await post<T>(query, identity);
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  };
  const send = async (identity: Identity | undefined, mutation: string, input: object) => {
    const type = mutation.charAt(0).toUpperCase() + mutation.slice(1);
    const body = await post<Record<string, { __typename: string; code?: string; message?: string }>>(
      `mutation ($input: ${type}Input!) { ${mutation}(input: $input) {
        __typename ... on CommandAccepted { visible } ... on CommandRefused { code message } } }`,
      identity,
      { input },
    );
    if (!body.data) throw new Error(JSON.stringify(body));
    return body.data[mutation];
  };
  const choose = (identity: Identity | undefined, displayName: string, personId = identity?.subject) =>
    send(identity, 'choosePublicName', { personId, displayName });
  const draft = (identity: Identity, proposalId: string) =>
    send(identity, 'draftProposal', {
      proposalId,
      title: 'Shade',
      body: 'Shade in parks.',
      serves: ['strategy-5'],
      departments: ['parks'],
      district: 'Mapo-gu',
      organizationId: null,
    });
  const authors = async () =>
    (
      await graphql<{
        proposals: { edges: { node: { id: string; author: unknown } }[] };
      }>('{ proposals { edges { node { id author { displayName role department } } } } }')
    ).proposals.edges.map(({ node }) => [node.id, node.author]);

  it('shows a citizen who chose no name as a citizen, without a name', async () => {
    expect(await draft(kim, 'shade')).toMatchObject({ __typename: 'CommandAccepted', visible: true });
    expect(await authors()).toEqual([['shade', { displayName: null, role: 'citizen', department: null }]]);
    expect(await graphql('{ me { displayName } }', kim)).toEqual({ me: { displayName: null } });
  });

  it('lets each person choose their own public name, and shows it wherever they appear', async () => {
    expect(await choose(kim, ' 김지영 ')).toEqual({ __typename: 'CommandAccepted', visible: true });
    expect(await graphql('{ me { displayName } }', kim)).toEqual({ me: { displayName: '김지영' } });
    expect(await authors()).toEqual([
      ['shade', { displayName: '김지영', role: 'citizen', department: null }],
    ]);
    const { proposal } = await graphql<{ proposal: { timeline: unknown[] } }>(
      '{ proposal(id: "shade") { timeline { step person { displayName role } } } }',
    );
    expect(proposal.timeline).toEqual([
      { step: 'proposal.drafted', person: { displayName: '김지영', role: 'citizen' } },
    ]);
    // a new name from now on
    expect(await choose(kim, '지영')).toMatchObject({ __typename: 'CommandAccepted' });
    expect(await authors()).toEqual([['shade', { displayName: '지영', role: 'citizen', department: null }]]);
  });

  it("refuses another's name, no name, a malformed or too long one, and anyone not signed in", async () => {
    expect(await choose(kim, '이민호', 'lee-minho')).toMatchObject({
      code: 'FORBIDDEN',
      message: 'people choose their own public name only',
    });
    expect(await choose(kim, '   ')).toMatchObject({ code: 'INVALID_PUBLIC_NAME' });
    expect(await choose(kim, '가'.repeat(51))).toMatchObject({ code: 'INVALID_COMMAND' });
    expect(await choose(kim, 'Kim\u0000')).toMatchObject({ code: 'INVALID_COMMAND' });
    expect(await choose(kim, 'Kim \ud800')).toMatchObject({ code: 'INVALID_COMMAND' });
    expect(await choose(undefined, '누구', 'kim-jiyoung')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await graphql('{ me { displayName } }', kim)).toEqual({ me: { displayName: '지영' } });
  });

  it("gives officials and committee members public profiles: the roster's name and the role", async () => {
    expect(
      await send(admin, 'appointMember', { memberId: 'member-han', name: '한지민', sector: 'private' }),
    ).toEqual({ __typename: 'CommandAccepted', visible: true });
    const roster = () =>
      graphql<{ committeeMembers: unknown[] }>('{ committeeMembers { name person { displayName role } } }');
    expect(await roster()).toEqual({
      committeeMembers: [{ name: '한지민', person: { displayName: '한지민', role: 'committee_member' } }],
    });
    expect(await graphql('{ me { displayName } }', han)).toEqual({ me: { displayName: '한지민' } });
    expect(await choose(han, '한 위원장')).toMatchObject({ __typename: 'CommandAccepted' });
    expect(await roster()).toEqual({
      committeeMembers: [{ name: '한지민', person: { displayName: '한 위원장', role: 'committee_member' } }],
    });

    expect(await choose(officer, '박공원')).toMatchObject({ __typename: 'CommandAccepted' });
    expect(await draft(lee, 'benches')).toMatchObject({ __typename: 'CommandAccepted' });
    const { proposal } = await graphql<{ proposal: { timeline: unknown[] } }>(
      '{ proposal(id: "benches") { author { displayName role } } }',
    );
    expect(proposal).toEqual({ author: { displayName: null, role: 'citizen' } });
    const profile = await app.get(ReadModels).manager.findOneBy(PersonProfile, { id: 'officer-parks' });
    expect(profile).toMatchObject({ displayName: '박공원', namedAs: 'department_officer' });
  });

  it('reads the people of a whole list at once, not one query per item', async () => {
    for (const id of ['p-1', 'p-2', 'p-3']) await draft(lee, id);
    await draft(kim, 'p-4');
    const manager = app.get(ReadModels).manager;
    const findBy = jest.spyOn(manager, 'findBy');
    try {
      const named = (await authors()).map(
        ([, author]) => (author as { displayName: string | null }).displayName,
      );
      expect(named.sort()).toEqual([null, null, null, null, '지영', '지영']);
      expect(findBy.mock.calls.filter(([entity]) => entity === PersonProfile)).toHaveLength(1);
    } finally {
      findBy.mockRestore();
    }
  });

  it('names the organization a proposal was drafted for', async () => {
    const registered = { organizationId: 'mapo-green', name: '마포 녹색 네트워크', district: 'Mapo-gu' };
    expect(await send(kim, 'registerOrganization', registered)).toMatchObject({ visible: true });
    const member = { ...kim, organizations: ['mapo-green'] };
    expect(
      await send(member, 'draftProposal', {
        proposalId: 'canopies',
        title: 'Canopies',
        body: 'Shade canopies in three parks.',
        serves: ['strategy-5'],
        departments: ['parks'],
        district: 'Mapo-gu',
        organizationId: 'mapo-green',
      }),
    ).toMatchObject({ visible: true });
    expect(
      await graphql('{ proposal(id: "canopies") { author { displayName } organization { name } } }'),
    ).toEqual({
      proposal: { author: { displayName: '지영' }, organization: { name: '마포 녹색 네트워크' } },
    });
  });

  it('shows the officer who answered a review by name, as an official of the department', async () => {
    const opened = await app.get(CommandDispatcher).dispatch({
      type: 'OpenReview',
      actor: 'system:routing',
      data: {
        reviewId: 'r-benches',
        proposalId: 'benches',
        department: 'parks',
        departments: ['parks'],
        leadDepartment: 'parks',
      },
    });
    expect(opened.ok).toBe(true);
    const answered = () =>
      send(officer, 'answerReview', {
        reviewId: 'r-benches',
        department: 'parks',
        outcome: 'rejected',
        reasons: 'No room on the pavement.',
        estimatedCost: null,
      });
    await eventually(
      async () => expect(await answered()).toMatchObject({ __typename: 'CommandAccepted' }),
      5_000,
    );
    const { proposal } = await graphql<{ proposal: { reviews: unknown[] } }>(
      '{ proposal(id: "benches") { reviews { answeredBy answerer { displayName role department } } } }',
    );
    expect(proposal.reviews).toEqual([
      {
        answeredBy: 'officer-parks',
        answerer: { displayName: '박공원', role: 'official', department: 'parks' },
      },
    ]);
  });
});
