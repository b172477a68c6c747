import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl, person, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const secret = 'a-proposal-page-secret-of-at-least-32-characters';
const admin = person('admin', ['admin']);
const kim = person('kim', ['cso_admin'], { organizations: ['mapo'] });
const officer = person('officer-lee', ['department_officer'], { departments: ['parks'] });
const [ahn, bae, cha] = ['ahn', 'bae', 'cha'].map((subject) => person(subject, ['citizen']));

/** What the proposal page reads besides the proposal itself: your own support, the journey, the deadlines. */
describe('the proposal page in the API', () => {
  const clock = new TestClock();
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_page_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, clock, [GatewayModule.inProcess()]);
    await app.listen(0, '127.0.0.1');
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const graphql = async <T = Record<string, unknown>>(query: string, identity?: Identity): Promise<T> => {
    const token = identity ? testToken(identity, secret) : null;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  };
  const ok = async (identity: Identity, mutation: string, input: string) => {
    const data = await graphql<Record<string, { __typename: string }>>(
      `mutation { ${mutation}(input: ${input}) { __typename ... on CommandRefused { code message } } }`,
      identity,
    );
    expect(data[mutation]).toEqual({ __typename: 'CommandAccepted' });
  };
  const proposal = async <T>(fields: string, identity?: Identity) =>
    (await graphql<{ proposal: T }>(`{ proposal(id: "shade") { ${fields} } }`, identity)).proposal;

  beforeAll(async () => {
    await ok(
      admin,
      'adoptThresholdPolicy',
      '{ supportWindowDays: 30, tiers: [{ tier: department_answer, measure: supports, threshold: 2 }] }',
    );
    await ok(kim, 'registerOrganization', '{ organizationId: "mapo", name: "Mapo", district: "Mapo-gu" }');
    await ok(
      kim,
      'draftProposal',
      `{ proposalId: "shade", title: "Shade", body: "Shade in parks.", serves: ["strategy-5"],
         departments: ["parks"], district: "Mapo-gu", organizationId: "mapo" }`,
    );
    await ok(kim, 'submitProposal', '{ proposalId: "shade" }');
  });

  it('says whether the caller supports the proposal: never signed out, and as their support comes and goes', async () => {
    expect(await proposal('supportedByMe')).toEqual({ supportedByMe: false });
    expect(await proposal('supportedByMe', ahn)).toEqual({ supportedByMe: false });

    await ok(ahn, 'supportProposal', '{ proposalId: "shade" }');
    expect(await proposal('supports supportedByMe', ahn)).toEqual({ supports: 1, supportedByMe: true });
    expect(await proposal('supportedByMe', bae)).toEqual({ supportedByMe: false });
    expect(await proposal('supportedByMe')).toEqual({ supportedByMe: false });

    await ok(ahn, 'withdrawSupport', '{ proposalId: "shade" }');
    expect(await proposal('supports supportedByMe', ahn)).toEqual({ supports: 0, supportedByMe: false });
  });

  it("tells its author and its supporters, and no one else, of their proposal's moves; it needs a token", async () => {
    const subscriber = (authorization?: string) =>
      createClient({
        url: url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: authorization ? { authorization } : {},
      });
    const MINE = 'subscription { myProposalsChanged { id status } }';
    const clients = [kim, cha, ahn].map((identity) => subscriber(`Bearer ${testToken(identity, secret)}`));
    const refused = [subscriber(), subscriber('Bearer not-a-token')];
    try {
      const [author, supporter, withdrawn] = clients.map((client) =>
        client.iterate<{ myProposalsChanged: { id: string; status: string } }>({ query: MINE }),
      );
      const [anonymous, forged] = await Promise.all(
        refused.map((client) => client.iterate({ query: MINE }).next()),
      );
      expect(anonymous).toMatchObject({
        value: {
          errors: [{ message: 'sign in to follow your proposals', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      });
      expect(forged).toMatchObject({ value: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      const heard = [author.next(), supporter.next()];
      const unheard = withdrawn.next();
      await new Promise((resolve) => setTimeout(resolve, 300)); // the subscriptions are in place
      // cha supports first; bae's support then reaches the department tier
      await ok(cha, 'supportProposal', '{ proposalId: "shade" }');
      await ok(bae, 'supportProposal', '{ proposalId: "shade" }');
      const moved = { value: { data: { myProposalsChanged: { id: 'shade', status: 'under_review' } } } };
      for (const news of heard) expect(await news).toMatchObject(moved);
      // ahn withdrew in the test before: the same change was not theirs to hear
      expect(await Promise.race([unheard, new Promise((resolve) => setTimeout(resolve, 500, 'quiet'))])).toBe(
        'quiet',
      );
    } finally {
      await Promise.all([...clients, ...refused].map((client) => client.dispose()));
    }
  });

  it("gives the whole journey across services in order, with who, and leaves supporters' names out, to anyone", async () => {
    const reviewId = await eventually(async () => {
      const { reviews } = await proposal<{ reviews: { id: string }[] }>('reviews { id }');
      expect(reviews).toHaveLength(1);
      return reviews[0].id;
    }, 20_000);
    await ok(
      officer,
      'giveInterimAnswer',
      `{ reviewId: "${reviewId}", department: "parks", text: "Surveying." }`,
    );

    // signed out, and signed in as a citizen (a supporter herself)
    for (const reader of [undefined, cha]) {
      await journeyReadBy(reader);
    }
  });

  /** bae's support met the department tier's threshold: the tier is the policy's step, not bae's. */
  async function journeyReadBy(reader: Identity | undefined) {
    const { timeline } = await proposal<{ timeline: object[] }>(
      'timeline { step actor role department detail at }',
      reader,
    );
    expect(timeline.map((step) => ({ ...step, at: expect.any(String) }))).toEqual([
      {
        step: 'proposal.drafted',
        actor: 'kim',
        role: 'cso_admin',
        department: null,
        detail: null,
        at: expect.any(String),
      },
      {
        step: 'proposal.submitted',
        actor: 'kim',
        role: 'cso_admin',
        department: null,
        detail: null,
        at: expect.any(String),
      },
      {
        step: 'proposal.tier_reached',
        actor: 'system:civic.threshold-policy',
        role: 'system',
        department: null,
        detail: 'department_answer',
        at: expect.any(String),
      },
      {
        step: 'review.opened',
        actor: expect.stringMatching(/^system:/),
        role: 'system',
        department: 'parks',
        detail: null,
        at: expect.any(String),
      },
      {
        step: 'review.interim_answer_given',
        actor: 'officer-lee',
        role: 'department_officer',
        department: 'parks',
        detail: 'Surveying.',
        at: expect.any(String),
      },
    ]);
    const times = (timeline as { at: string }[]).map(({ at }) => Date.parse(at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(JSON.stringify(timeline)).not.toMatch(/"(ahn|bae|cha)"/);
  }

  it("counts a review's days and flags it overdue by the platform's clock, not the caller's", async () => {
    const review = () => proposal<{ reviews: object[] }>('reviews { daysElapsed overdue }');
    const departments = () => graphql('{ departmentReviews { department open overdue } }');
    expect(await review()).toEqual({ reviews: [{ daysElapsed: 0, overdue: false }] });
    expect(await departments()).toEqual({
      departmentReviews: [{ department: 'parks', open: 1, overdue: 0 }],
    });
    clock.advanceDays(40);
    expect(await review()).toEqual({ reviews: [{ daysElapsed: 40, overdue: true }] });
    expect(await departments()).toEqual({
      departmentReviews: [{ department: 'parks', open: 1, overdue: 1 }],
    });
  });
});
