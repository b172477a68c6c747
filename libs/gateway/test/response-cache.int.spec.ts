import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Identity, issueToken } from '@hyeopchi/identity';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl, person, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

const secret = 'a-response-cache-secret-of-at-least-32-characters';
const admin = person('admin', ['admin']);
const auditor = person('auditor-lee', ['auditor']);
const [author, ahn, bae, cho] = ['author', 'ahn', 'bae', 'cho'].map((subject) =>
  person(subject, ['citizen']),
);

interface Answer {
  data?: { proposal: Record<string, unknown> | null } | null;
  errors?: { extensions?: { code?: string } }[];
}

/**
 * The answers the gateway keeps for repeated queries: each one seen only by a caller who would get it from the
 * read models themselves, and none once the read models changed. The rows are changed behind the gateway's back
 * (SQL without an announcement) to tell a kept answer from a fresh one.
 */
describe('answers kept for repeated queries', () => {
  let database: Started<string>;
  let app: INestApplication;
  let url: string;
  let readModels: ReadModels;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_kept_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    readModels = app.get(ReadModels);
    await ok(
      admin,
      'adoptThresholdPolicy',
      '{ supportWindowDays: 30, tiers: [{ tier: department_answer, measure: supports, threshold: 100 }] }',
    );
    await ok(
      author,
      'draftProposal',
      `{ proposalId: "shade", title: "Shade", body: "Shade in parks.", serves: ["strategy-5"],
         departments: ["parks"], district: "Mapo-gu", organizationId: null }`,
    );
    await ok(author, 'submitProposal', '{ proposalId: "shade" }');
    await ok(ahn, 'supportProposal', '{ proposalId: "shade" }');
    // straight from the read models: an answer through the gateway could be kept
    await eventually(async () =>
      expect(await readModels.manager.query(`SELECT supports FROM "${readModels.schema}".proposals`)).toEqual(
        [{ supports: 1 }],
      ),
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const post = async (query: string, identity?: Identity): Promise<Answer> => {
    const token = identity ? testToken(identity, secret) : null;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer;
  };
  async function ok(identity: Identity, mutation: string, input: string): Promise<boolean> {
    const answer = (await post(
      `mutation { ${mutation}(input: ${input}) {
        __typename ... on CommandAccepted { visible } ... on CommandRefused { code message } } }`,
      identity,
    )) as { data?: Record<string, unknown> };
    expect(answer.data?.[mutation]).toMatchObject({ __typename: 'CommandAccepted' });
    return (answer.data?.[mutation] as { visible: boolean }).visible;
  }
  const proposal = async (fields: string, identity?: Identity) =>
    (await post(`{ proposal(id: "shade") { ${fields} } }`, identity)).data?.proposal;
  /** Changes the title in the read models without announcing it: only a fresh answer shows it. */
  const retitleUnannounced = (title: string) =>
    readModels.manager.query(`UPDATE "${readModels.schema}".proposals SET title = $1 WHERE id = 'shade'`, [
      title,
    ]);
  const announceAChange = () =>
    readModels.manager.query('SELECT pg_notify($1, $2)', [
      readModels.schema,
      JSON.stringify({ kind: 'stream_projected', context: 'civic', streamId: 'elsewhere', version: 1 }),
    ]);

  it('answers a query again as it answered it, until a projection announces a change', async () => {
    await retitleUnannounced('Shade');
    await announceAChange();
    await eventually(async () => expect(await proposal('title')).toEqual({ title: 'Shade' }));
    await retitleUnannounced('Shade, unannounced');
    expect(await proposal('title')).toEqual({ title: 'Shade' });

    await announceAChange();
    await eventually(async () => expect(await proposal('title')).toEqual({ title: 'Shade, unannounced' }));
  });

  /** Status, headers and body, with what differs between any two answers: the date and the CSP's nonce. */
  const whole = async (response: Response) => ({
    status: response.status,
    headers: Object.fromEntries(
      [...response.headers]
        .filter(([name]) => name !== 'date')
        .map(([name, value]) => [name, value.replace(/'nonce-[^']+'/, "'nonce-…'")]),
    ),
    body: await response.text(),
  });

  it('answers a kept query ahead of Express as the full path answered it: status, headers and body', async () => {
    const ask = (method: 'GET' | 'POST') => {
      const query = '{ proposal(id: "shade") { title supports } }';
      const headers = {
        authorization: `Bearer ${testToken(ahn, secret)}`,
        'apollo-require-preflight': 'true',
      };
      return method === 'GET'
        ? fetch(`${url}?query=${encodeURIComponent(query)}`, { headers })
        : fetch(url, {
            method,
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          });
    };
    for (const method of ['POST', 'GET'] as const) {
      await retitleUnannounced(`Shade for ${method}`);
      await announceAChange();
      // the first answer with the new title is the full path's: none was kept with it
      let fullPath: Awaited<ReturnType<typeof whole>> | undefined;
      await eventually(async () => {
        fullPath = await whole(await ask(method));
        expect(JSON.parse(fullPath.body)).toEqual({
          data: { proposal: { title: `Shade for ${method}`, supports: 1 } },
        });
      });
      await retitleUnannounced('Shade, unannounced');
      const [kept, keptAgain] = [await ask(method), await ask(method)];
      expect(await whole(kept)).toEqual(fullPath);
      // each answer draws a nonce of its own
      expect(kept.headers.get('content-security-policy')).not.toEqual(
        keptAgain.headers.get('content-security-policy'),
      );
    }
  });

  it("never gives one caller's answer to another: what each may see, and their own support", async () => {
    const supporters = 'supporters { supporterId }';
    expect(await proposal(supporters, auditor)).toEqual({ supporters: [{ supporterId: 'ahn' }] });
    expect(await proposal(supporters, auditor)).toEqual({ supporters: [{ supporterId: 'ahn' }] });
    for (const someoneElse of [undefined, ahn, bae]) {
      const answer = await post(`{ proposal(id: "shade") { ${supporters} } }`, someoneElse);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }

    expect(await proposal('supportedByMe', ahn)).toEqual({ supportedByMe: true });
    expect(await proposal('supportedByMe', bae)).toEqual({ supportedByMe: false });
    expect(await proposal('supportedByMe')).toEqual({ supportedByMe: false });
    expect(await proposal('supportedByMe', ahn)).toEqual({ supportedByMe: true });
  });

  it('serves no kept answer to a token once it has expired', async () => {
    const briefly = issueToken(auditor, {
      secret,
      issuer: 'hyeopchi',
      audience: 'hyeopchi',
      expiresInSeconds: 3,
    });
    const supporters = async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${briefly}` },
        body: JSON.stringify({ query: '{ proposal(id: "shade") { supporters { supporterId } } }' }),
      });
      return (await response.json()) as Answer;
    };
    expect((await supporters()).data?.proposal).toEqual({ supporters: [{ supporterId: 'ahn' }] });
    expect((await supporters()).data?.proposal).toEqual({ supporters: [{ supporterId: 'ahn' }] });
    await new Promise((resolve) => setTimeout(resolve, 4_100));
    expect((await supporters()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('serves nothing kept while changes may go unheard: a lost listener forgets what it kept', async () => {
    await announceAChange();
    await retitleUnannounced('Shade');
    await announceAChange();
    await eventually(async () => expect(await proposal('title')).toEqual({ title: 'Shade' }));
    await retitleUnannounced('Shade, while nobody listened');
    await readModels.manager.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'hyeopchi-gateway-changes' AND datname = current_database()",
    );
    await eventually(async () =>
      expect(await proposal('title')).toEqual({ title: 'Shade, while nobody listened' }),
    );
  });

  it('keeps no answer that reads more than the read models: a deadline is read against the clock', async () => {
    await retitleUnannounced('Shade');
    await announceAChange();
    await eventually(async () =>
      expect(await proposal('title reviews { department }')).toMatchObject({ title: 'Shade' }),
    );
    await retitleUnannounced('Shade, with reviews');
    expect(await proposal('title reviews { department }')).toMatchObject({ title: 'Shade, with reviews' });
  });

  it('answers the next query after a mutation with its change, once the mutation saw it projected', async () => {
    expect(await proposal('supports')).toEqual({ supports: 1 });
    const visible = await ok(cho, 'supportProposal', '{ proposalId: "shade" }');
    // a slow projection (the shared database server holding snapshots back) answers visible: false
    if (visible) expect(await proposal('supports')).toEqual({ supports: 2 });
    else await eventually(async () => expect(await proposal('supports')).toEqual({ supports: 2 }));
  });
});
