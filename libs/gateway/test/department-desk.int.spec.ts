import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, seedDemo } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

interface QueuedReview {
  proposalId: string;
  status: string;
  daysElapsed: number;
  daysAllowed: number;
  overdue: boolean;
  proposal: { title: string; status: string } | null;
}

const QUEUE = `query ($department: String!, $status: ReviewStatus) {
  reviewQueue(department: $department, status: $status) {
    proposalId status daysElapsed daysAllowed overdue proposal { title status } } }`;
const IMPLEMENTATIONS = `query ($department: String!) {
  implementations(department: $department) {
    proposalId status percent milestones { milestoneId completedAt } proposal { title } } }`;

/** A department's desk over HTTP, on the demo city: its reviews by deadline on the platform's clock, its work. */
describe("the GraphQL gateway: a department's review queue and implementations", () => {
  const run = randomBytes(4).toString('hex');
  const clock = new TestClock();
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_department_desk_${run}`);
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      JWT_SECRET: 'a-department-desk-secret-of-at-least-32-characters',
      RATE_LIMIT_PER_MINUTE: '60000',
      AUDIT_CHECKPOINT_EVERY_SECONDS: '86400',
    });
    app = await startInProcessForTest(allServices(config), config, clock, [GatewayModule.inProcess()]);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await seedDemo(app.get<CommandSender>(COMMAND_SENDER));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  async function send(actor: string, type: string, data: Record<string, unknown>) {
    const reply = await app
      .get<CommandSender>(COMMAND_SENDER)
      .send('civic', { type, actor, role: 'citizen', data });
    if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  }

  const graphql = async <T>(query: string, variables: object): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  };
  const queue = (department: string, status?: 'open' | 'answered') =>
    graphql<{ reviewQueue: QueuedReview[] }>(QUEUE, { department, status }).then((data) => data.reviewQueue);

  it('lists open reviews soonest due first, whatever their titles and ids, each with its proposal', async () => {
    clock.advanceDays(2);
    // its title and id sort before the demo's shade canopies: only its later deadline puts it second
    await send('citizen-9', 'DraftProposal', {
      proposalId: 'aaa-benches',
      title: 'Accessible benches along the river',
      body: 'Benches with armrests every 200 metres.',
      serves: ['strategy-5'],
      departments: ['parks'],
      district: 'Mapo-gu',
      organizationId: null,
    });
    await send('citizen-9', 'SubmitProposal', { proposalId: 'aaa-benches' });
    for (const supporter of ['citizen-1', 'citizen-2', 'citizen-3']) {
      await send(supporter, 'SupportProposal', { proposalId: 'aaa-benches' });
    }

    const open = await eventually(async () => {
      const reviews = await queue('parks', 'open');
      expect(reviews).toHaveLength(2);
      return reviews;
    });
    expect(open.map((review) => review.proposal?.title)).toEqual([
      'Shade canopies in three parks',
      'Accessible benches along the river',
    ]);
    expect(open).toEqual([
      expect.objectContaining({
        proposalId: 'shade-canopies',
        status: 'open',
        daysElapsed: 2,
        overdue: false,
      }),
      expect.objectContaining({ proposalId: 'aaa-benches', status: 'open', daysElapsed: 0, overdue: false }),
    ]);
    for (const review of open) {
      // one calendar month
      expect(review.daysAllowed).toBeGreaterThanOrEqual(28);
      expect(review.daysAllowed).toBeLessThanOrEqual(31);
    }
    expect(open[1].proposal).toEqual({ title: 'Accessible benches along the river', status: 'under_review' });
  });

  it("counts days and flags overdue reviews on the platform's clock, not the database's", async () => {
    clock.advanceDays(31);
    const [shade, benches] = await queue('parks', 'open');
    expect(shade).toMatchObject({ proposalId: 'shade-canopies', daysElapsed: 33, overdue: true });
    expect(benches).toMatchObject({ proposalId: 'aaa-benches', daysElapsed: 31 });
    expect(benches.overdue).toBe(benches.daysElapsed >= benches.daysAllowed);
  });

  it('gives answered reviews by status, their days stopped at the answer', async () => {
    expect(await queue('climate', 'answered')).toEqual([
      expect.objectContaining({
        proposalId: 'river-cleanup',
        status: 'answered',
        daysElapsed: 0,
        overdue: false,
      }),
    ]);
    const all = await queue('climate');
    expect(all.map((review) => review.proposalId).sort()).toEqual(['river-cleanup', 'shade-canopies']);
    expect(await queue('nowhere')).toEqual([]);
  });

  it("lists a department's implementations with their proposal, plan and progress", async () => {
    const { implementations } = await graphql<{ implementations: unknown[] }>(IMPLEMENTATIONS, {
      department: 'climate',
    });
    expect(implementations).toEqual([
      {
        proposalId: 'river-cleanup',
        status: 'in_progress',
        percent: 40,
        milestones: [
          { milestoneId: 'volunteers', completedAt: expect.any(String) },
          { milestoneId: 'first-clean-up', completedAt: null },
        ],
        proposal: { title: 'Monthly Hongje stream clean-up with residents' },
      },
    ]);
    expect(await graphql(IMPLEMENTATIONS, { department: 'parks' })).toEqual({ implementations: [] });
  });
});
