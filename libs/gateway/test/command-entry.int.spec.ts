import { nameBasedUuid } from '@hyeopchi/name-based-uuid';
import { loadConfiguration } from '@hyeopchi/config';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import {
  Started,
  eventually,
  freshDatabase,
  person,
  postGraphql,
  proposalDraft,
  testDatabaseUrl,
  testPool,
  testToken,
} from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';

const secret = 'a-command-entry-test-secret-of-at-least-32-characters';

/** Commands through the real HTTP gateway: many at once on one proposal, and command ids from outside. */
describe('the gateway: commands at once, and command ids', () => {
  let database: Started<string>;
  let pool: Pool;
  let app: INestApplication;
  let origin: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_entry_${randomBytes(4).toString('hex')}`);
    pool = testPool(database.value, 3);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const dispatch = async (type: string, actor: string, data: Record<string, unknown>) => {
      const reply = await app.get(CommandDispatcher).dispatch({ type, actor, data });
      if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
    };
    await dispatch('AdoptThresholdPolicy', 'admin', {
      supportWindowDays: 30,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 1_000 }],
    });
    for (const proposalId of ['popular', 'ids']) {
      await dispatch('DraftProposal', 'author', proposalDraft(proposalId));
      await dispatch('SubmitProposal', 'author', { proposalId });
    }
  });
  afterAll(async () => {
    await app?.close();
    await pool?.end();
    await database?.stop();
  });

  const graphql = (query: string, variables: object, identity?: Identity) =>
    postGraphql<Record<string, Record<string, unknown>>>(
      origin,
      query,
      variables,
      identity && testToken(identity, secret),
    );
  const SUPPORT = `mutation ($proposalId: String!, $commandId: String) {
    supportProposal(input: { proposalId: $proposalId }, commandId: $commandId) {
      __typename ... on CommandAccepted { streamVersion } ... on CommandRefused { code message }
    }
  }`;
  const support = async (proposalId: string, citizen: string, commandId?: string) =>
    (await graphql(SUPPORT, { proposalId, commandId }, person(citizen, ['citizen']))).supportProposal;
  const supportsShown = async (proposalId: string) =>
    (
      (await graphql('query ($id: String!) { proposal(id: $id) { supports } }', { id: proposalId }))
        .proposal as {
        supports: number;
      }
    ).supports;
  const supportsStored = async (proposalId: string) =>
    (await (await PostgresEventStore.open(pool, 'civic')).readStream(`proposal-${proposalId}`)).filter(
      (event) => event.type === 'proposal.supported.v1',
    ).length;

  it('accepts 100 citizens supporting one proposal at the same moment, and counts each once', async () => {
    const citizens = Array.from({ length: 100 }, (_, index) => `citizen-${index}`);

    const results = await Promise.all(citizens.map((citizen) => support('popular', citizen)));

    expect(results.filter((result) => result.__typename !== 'CommandAccepted')).toEqual([]);
    expect(new Set(results.map((result) => result.streamVersion)).size).toBe(100);
    expect(await supportsStored('popular')).toBe(100);
    await eventually(async () => expect(await supportsShown('popular')).toBe(100));
  });

  it("refuses a command id in the platform's own space, name-based, and takes a random one", async () => {
    const derived = nameBasedUuid('department.escalate-overdue-reviews/some-review');

    expect(await support('ids', 'citizen-a', derived)).toMatchObject({
      __typename: 'CommandRefused',
      code: 'COMMAND_ID_RESERVED',
    });
    expect(await supportsStored('ids')).toBe(0);
    expect(await support('ids', 'citizen-a', randomUUID())).toMatchObject({ __typename: 'CommandAccepted' });
  });

  it('acts once on a command sent again with its id, and refuses that id for another command', async () => {
    const commandId = randomUUID();
    const first = await support('ids', 'citizen-b', commandId);

    expect(await support('ids', 'citizen-b', commandId)).toEqual(first);
    expect(
      await graphql(
        `
          mutation ($commandId: String) {
            withdrawSupport(input: { proposalId: "ids" }, commandId: $commandId) {
              ... on CommandRefused {
                code
              }
            }
          }
        `,
        { commandId },
        person('citizen-b', ['citizen']),
      ),
    ).toEqual({ withdrawSupport: { code: 'COMMAND_ID_REUSED' } });
    expect(await supportsStored('ids')).toBe(2);
  });
});
