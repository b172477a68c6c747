import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule, applyTrustProxy } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, freshDatabase, testDatabaseUrl, person, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const secret = 'a-gateway-test-secret-of-at-least-32-characters';
const tokenOf = (identity: Identity) => testToken(identity, secret);

const RESULT = `... on CommandAccepted { streamId streamVersion eventTypes visible } ... on CommandRefused { code message }`;

/** The gateway over a real HTTP server, on the services in the same process and a real PostgreSQL. */
describe('the GraphQL gateway: mutations are commands', () => {
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_gateway_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      JWT_SECRET: secret,
      // a bucket that does not refill while a test runs: the rate-limit test's seventh request is refused however
      // long the six before it took (at 600 a minute, 2 s of a loaded machine let it through)
      RATE_LIMIT_PER_MINUTE: '1',
    });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    applyTrustProxy(app, loadConfiguration({ TRUST_PROXY: 'loopback' }));
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const graphql = async (query: string, variables: object = {}, identity?: Identity) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity ? { authorization: `Bearer ${tokenOf(identity)}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    return { status: response.status, data: body.data ?? {}, errors: body.errors };
  };
  const draft = (proposalId: string, organizationId: string | null = 'mapo') => ({
    input: {
      proposalId,
      title: 'Shade canopies',
      body: 'Shade in three parks before the summer heat.',
      serves: ['strategy-5'],
      departments: ['parks'],
      district: 'Mapo-gu',
      organizationId,
    },
  });
  const DRAFT = `mutation ($input: DraftProposalInput!) { draftProposal(input: $input) { ${RESULT} } }`;

  it('tells who the token says you are', async () => {
    const kim = person('kim', ['cso_admin'], { organizations: ['mapo'] });
    expect((await graphql('{ me { subject roles organizations } }', {}, kim)).data.me).toEqual({
      subject: 'kim',
      roles: ['cso_admin'],
      organizations: ['mapo'],
    });
    expect((await graphql('{ me { subject } }')).data.me).toBeNull();
    const badToken = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'bearer not-a-token' },
      body: JSON.stringify({ query: '{ me { subject } }' }),
    });
    expect(await badToken.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('carries a proposal from registration to support, answering refusals as typed data', async () => {
    const kim = person('kim', ['cso_admin'], { organizations: ['mapo'] });
    const register = `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { ${RESULT} } }`;
    const registered = await graphql(
      register,
      { input: { organizationId: 'mapo', name: 'Mapo network', district: 'Mapo-gu' } },
      kim,
    );
    expect(registered.data.registerOrganization).toMatchObject({
      streamId: 'organization-mapo',
      eventTypes: ['organization.registered.v1', 'organization.member_joined.v1'],
      visible: true,
    });
    // whom the organization's records list, whatever an older token says
    const memberOf = async (identity: Identity) =>
      ((await graphql('{ me { memberOf { id name } } }', {}, identity)).data.me as { memberOf: unknown })
        .memberOf;
    expect(await memberOf(person('kim', ['cso_admin']))).toEqual([{ id: 'mapo', name: 'Mapo network' }]);
    expect(await memberOf(person('lee', ['cso_member'], { organizations: ['mapo'] }))).toEqual([]);

    expect((await graphql(DRAFT, draft('p-1'))).data.draftProposal).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(
      (await graphql(DRAFT, draft('p-1'), person('auditor-1', ['auditor']))).data.draftProposal,
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await graphql(DRAFT, draft('p-1'), person('lee', ['cso_member']))).data.draftProposal,
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: 'only members of mapo may do this',
    });
    const tooLong = { input: { ...draft('p-1').input, title: 'x'.repeat(201) } };
    expect((await graphql(DRAFT, tooLong, kim)).data.draftProposal).toMatchObject({
      code: 'INVALID_COMMAND',
    });
    expect((await graphql(DRAFT, draft('p-1'), kim)).data.draftProposal).toMatchObject({
      streamVersion: 1,
    });

    const submit = `mutation { submitProposal(input: { proposalId: "p-1" }) { ${RESULT} } }`;
    expect((await graphql(submit, {}, kim)).data.submitProposal).toMatchObject({
      code: 'NO_THRESHOLD_POLICY',
    });
    const policy = await app.get(CommandDispatcher).dispatch({
      type: 'AdoptThresholdPolicy',
      actor: 'admin',
      data: {
        supportWindowDays: 30,
        tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 2 }],
      },
    });
    expect(policy.ok).toBe(true);
    expect((await graphql(submit, {}, kim)).data.submitProposal).toMatchObject({
      eventTypes: ['proposal.submitted.v1'],
    });

    const support = `mutation { supportProposal(input: { proposalId: "p-1" }) { ${RESULT} } }`;
    expect((await graphql(support, {}, kim)).data.supportProposal).toMatchObject({
      code: 'AUTHOR_CANNOT_SUPPORT',
    });
    expect((await graphql(support, {}, person('citizen-1', ['citizen']))).data.supportProposal).toMatchObject(
      {
        eventTypes: ['proposal.supported.v1'],
        visible: true,
      },
    );

    // read-your-writes: the mutation returned once the read models showed its event
    const read = await graphql(`
      {
        proposal(id: "p-1") {
          title
          status
          supports
          nextSupportThreshold
          organizationId
        }
        proposals(filter: { status: collecting_support, text: "CANOPIES" }) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
        organization(id: "mapo") {
          name
          members {
            memberId
            role
          }
        }
      }
    `);
    expect(read.data).toEqual({
      proposal: {
        title: 'Shade canopies',
        status: 'collecting_support',
        supports: 1,
        nextSupportThreshold: 2,
        organizationId: 'mapo',
      },
      proposals: { totalCount: 1, edges: [{ node: { id: 'p-1' } }] },
      organization: { name: 'Mapo network', members: [{ memberId: 'kim', role: 'cso_admin' }] },
    });
  });

  it("shows supporters' identities to auditors and admins only", async () => {
    const query = '{ proposal(id: "p-1") { supporters { supporterId } } }';
    const asCitizen = await graphql(query, {}, person('citizen-2', ['citizen']));
    expect(asCitizen.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    const asAuditor = await graphql(query, {}, person('auditor-1', ['auditor']));
    expect(asAuditor.data.proposal).toEqual({ supporters: [{ supporterId: 'citizen-1' }] });
  });

  it('tells subscribers over graphql-ws when a proposal moves on', async () => {
    const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false });
    try {
      const subscription = client.iterate<{ proposalStatusChanged: { id: string; status: string } }>({
        query: 'subscription { proposalStatusChanged(proposalId: "p-1") { id status supports } }',
      });
      const next = subscription.next();
      await new Promise((resolve) => setTimeout(resolve, 200)); // the subscription is in place
      const support = `mutation { supportProposal(input: { proposalId: "p-1" }) { ${RESULT} } }`;
      expect(
        (await graphql(support, {}, person('citizen-2', ['citizen']))).data.supportProposal,
      ).toMatchObject({
        eventTypes: ['proposal.supported.v1', 'proposal.tier_reached.v1'],
      });
      expect((await next).value).toEqual({
        data: { proposalStatusChanged: { id: 'p-1', status: 'under_review', supports: 2 } },
      });
      await subscription.return?.();
    } finally {
      await client.dispose();
    }
  });

  it('carries only subscriptions over the WebSocket, under the same limits as HTTP', async () => {
    const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket });
    try {
      const refusal = (query: string) =>
        client
          .iterate({ query })
          .next()
          .then(
            (result) => JSON.stringify(result),
            (errors: unknown) => JSON.stringify(errors),
          );
      expect(await refusal('{ proposals { totalCount } }')).toContain('subscriptions only');
      const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: decisionRecorded { itemId }`).join(' ');
      expect(await refusal(`subscription { ${aliases} }`)).toContain('more than 20 aliases');
      const held = Array.from({ length: 20 }, () =>
        client.iterate({ query: 'subscription { decisionRecorded { itemId } }' }),
      );
      const pending = held.map((subscription) => subscription.next());
      await new Promise((resolve) => setTimeout(resolve, 200)); // the twenty are in place
      expect(await refusal('subscription { decisionRecorded { itemId } }')).toContain(
        'at most 20 subscriptions',
      );
      await Promise.all(held.map((subscription) => subscription.return?.()));
      await Promise.allSettled(pending);
    } finally {
      await client.dispose();
    }
  });

  it('pages through proposals with a cursor and refuses a forged one', async () => {
    const kim = person('kim', ['cso_admin'], { organizations: ['mapo'] });
    for (const id of ['p-3', 'p-4']) {
      expect((await graphql(DRAFT, draft(id, null), kim)).data.draftProposal).toMatchObject({
        visible: true,
      });
    }
    const page = `query ($after: String) { proposals(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const first = (await graphql(page)).data.proposals as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string } }[];
    };
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await graphql(page, { after: first.pageInfo.endCursor })).data.proposals as typeof first;
    expect([...first.edges, ...second.edges].map((edge) => edge.node.id).sort()).toEqual([
      'p-1',
      'p-3',
      'p-4',
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const forged = await graphql(page, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
  });

  it('refuses a bad token with the reason, and an unknown input field before anything runs', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({
        query: `mutation { supportProposal(input: { proposalId: "p-1" }) { ${RESULT} } }`,
      }),
    });
    const body = (await response.json()) as { data: { supportProposal: { code: string; message: string } } };
    expect(body.data.supportProposal).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringContaining('not valid'),
    });

    const unknownField = { input: { ...draft('p-2').input, budget: 1 } };
    const refused = await graphql(
      DRAFT,
      unknownField,
      person('kim', ['cso_admin'], { organizations: ['mapo'] }),
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.errors)).toContain('budget');
  });

  it('searches with up to 200 characters and refuses more as BAD_USER_INPUT', async () => {
    const search = 'query ($text: String) { proposals(filter: { text: $text }) { totalCount } }';
    expect(await graphql(search, { text: '그'.repeat(200) })).toMatchObject({
      data: { proposals: { totalCount: 0 } },
      errors: undefined,
    });
    const tooLong = await graphql(search, { text: '그'.repeat(201) });
    expect(tooLong.errors).toMatchObject([
      { message: 'filter.text is at most 200 characters', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });

  it('limits each caller by the root fields it asks for, aliases counted, and refuses cross-site simple requests', async () => {
    const greedy = person('greedy', ['citizen']);
    const twenty = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: departmentReviews { open }`).join(' ')} }`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await graphql(twenty, {}, greedy)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect((await graphql(twenty, {}, greedy)).errors).toMatchObject([
      { extensions: { code: 'RATE_LIMITED' } },
    ]);
    expect((await graphql('{ me { subject } }', {}, person('patient', ['citizen']))).status).toBe(200);

    // anonymous callers behind a trusted proxy are told apart by the address it forwards
    const from = (address: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: twenty }),
      }).then((response) => response.status);
    const fromOne: number[] = [];
    for (let i = 0; i < 7; i++) fromOne.push(await from('203.0.113.7'));
    expect(fromOne.at(-1)).toBe(429);
    expect(await from('203.0.113.8')).toBe(200);

    const crossSite = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { subject } }' }),
    });
    expect(crossSite.status).toBe(400);
  });

  it('refuses batched operations and aliased amplification before anything runs', async () => {
    const post = (body: unknown) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const batched = await post([{ query: '{ me { subject } }' }, { query: '{ me { subject } }' }]);
    expect(batched.status).toBe(400);

    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: me { subject }`).join(' ');
    const amplified = await post({ query: `{ ${aliases} }` });
    expect(amplified.status).toBe(400);
    expect(await amplified.json()).toMatchObject({
      errors: [
        {
          message: expect.stringContaining('more than 20 aliases'),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });
});
