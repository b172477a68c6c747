import { civicService } from '@hyeopchi/civic/service';
import { COMMAND_SENDER, CommandDispatcher, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startServiceForTest } from '@hyeopchi/command-processing/testing';
import { loadConfiguration } from '@hyeopchi/config';
import { seedDemo } from '@hyeopchi/platform';
import { ACCEPTED, gatewayUnderTest, refusedWith } from '@hyeopchi/platform/testing';
import {
  PrometheusScrape,
  Started,
  eventually,
  freshDatabase,
  person,
  sampleSum,
  samplesOf,
  scrapeMetrics,
  testDatabaseUrl,
  testKafkaBrokers,
} from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

/** The metric names every part of the platform shares (docs/operations.md). */
const SHARED_METRICS = [
  'hyeopchi_commands_total',
  'hyeopchi_command_refusals_total',
  'hyeopchi_command_duration_seconds',
  'hyeopchi_append_duration_seconds',
  'hyeopchi_relay_lag_events',
  'hyeopchi_consumer_lag_events',
  'hyeopchi_projection_lag_seconds',
  'hyeopchi_checkpoint_age_seconds',
  'hyeopchi_overdue_reviews',
  'hyeopchi_dead_letters_total',
  'hyeopchi_graphql_requests_total',
  'hyeopchi_http_request_duration_seconds',
  'hyeopchi_process_cpu_seconds_total',
];

const COUNCIL = {
  councilId: 'heat-council',
  nameKo: '폭염 대응 협치회의',
  nameEn: 'Heat Governance Council',
  theme: 'Shade, cooling centres and the hottest weeks of the year.',
};
// a district's id: the domain refuses it as a council's
const TAKEN = { ...COUNCIL, councilId: 'Mapo-gu' };

const commands = (scrape: PrometheusScrape, outcome: string) =>
  sampleSum(scrape, 'hyeopchi_commands_total', { context: 'civic', command: 'CreateCouncil', outcome });
const refusals = (scrape: PrometheusScrape, code: string) =>
  sampleSum(scrape, 'hyeopchi_command_refusals_total', { context: 'civic', command: 'CreateCouncil', code });
const timedCommands = (scrape: PrometheusScrape) =>
  sampleSum(scrape, 'hyeopchi_command_duration_seconds_count', {
    context: 'civic',
    command: 'CreateCouncil',
  });

describe('GET /metrics of the platform in one process (the gateway and every service)', () => {
  const secret = 'a-metrics-endpoint-secret-of-at-least-32-characters';
  const secretariat = person('secretary-metrics', ['secretariat']);
  const { clock, app, origin, send } = gatewayUnderTest('metrics', secret);

  beforeAll(() => seedDemo(app().get<CommandSender>(COMMAND_SENDER)), 120_000);

  it('counts mutations by outcome, refusals by code, their durations, and declares every shared metric', async () => {
    const before = await scrapeMetrics(origin());

    expect(await send('createCouncil', COUNCIL, secretariat)).toEqual(ACCEPTED);
    expect(await send('createCouncil', TAKEN, secretariat)).toEqual(refusedWith('SPACE_TAKEN'));
    // a scrape within a second of the last is answered by that one's collection
    const after = await eventually(async () => {
      const scraped = await scrapeMetrics(origin());
      expect(commands(scraped, 'refused') - commands(before, 'refused')).toBe(1);
      return scraped;
    });

    expect(commands(after, 'accepted') - commands(before, 'accepted')).toBe(1);
    expect(commands(after, 'refused') - commands(before, 'refused')).toBe(1);
    expect(commands(after, 'failed') - commands(before, 'failed')).toBe(0);
    expect(refusals(after, 'SPACE_TAKEN') - refusals(before, 'SPACE_TAKEN')).toBe(1);
    expect(timedCommands(after) - timedCommands(before)).toBe(2);
    const appends = (scrape: PrometheusScrape) =>
      sampleSum(scrape, 'hyeopchi_append_duration_seconds_count', { context: 'civic' });
    expect(appends(after) - appends(before)).toBeGreaterThanOrEqual(1);
    // a command refused by the domain is a successful GraphQL operation: its answer is CommandRefused
    const mutations = (scrape: PrometheusScrape) =>
      sampleSum(scrape, 'hyeopchi_graphql_requests_total', { operation_type: 'mutation', outcome: 'ok' });
    expect(mutations(after) - mutations(before)).toBe(2);
    const graphqlPosts = (scrape: PrometheusScrape) =>
      sampleSum(scrape, 'hyeopchi_http_request_duration_seconds_count', {
        route: '/graphql',
        method: 'POST',
        status: '200',
      });
    expect(graphqlPosts(after) - graphqlPosts(before)).toBeGreaterThanOrEqual(2);

    for (const name of SHARED_METRICS) expect([name, after.types.has(name)]).toEqual([name, true]);
    expect(after.types.get('hyeopchi_command_duration_seconds')).toBe('histogram');
  });

  it('labels what nobody routed as other, never as what was sent', async () => {
    const dispatcher = app().get(CommandDispatcher);
    // a name no route has, in the letters a command type is made of
    const invented = `Invented${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
    await dispatcher.dispatch({ type: invented, actor: 'someone', data: {} });

    const scrape = await eventually(async () => {
      const scraped = await scrapeMetrics(origin());
      expect(
        sampleSum(scraped, 'hyeopchi_command_refusals_total', {
          context: 'none',
          command: 'other',
          code: 'UNKNOWN_COMMAND',
        }),
      ).toBeGreaterThanOrEqual(1);
      return scraped;
    });
    expect(scrape.samples.some((sample) => Object.values(sample.labels).includes(invented))).toBe(false);
  });

  it("shows overdue reviews by space on the platform's clock, and the read models' lag", async () => {
    const overdue = (scrape: PrometheusScrape) => sampleSum(scrape, 'hyeopchi_overdue_reviews');
    expect(overdue(await scrapeMetrics(origin()))).toBe(0);

    // the demo's reviews are due a month after they opened
    clock.advanceDays(40);
    const scrape = await eventually(async () => {
      const scraped = await scrapeMetrics(origin());
      expect(overdue(scraped)).toBeGreaterThanOrEqual(1);
      return scraped;
    });
    for (const { labels } of samplesOf(scrape, 'hyeopchi_overdue_reviews')) {
      expect(labels.space).toMatch(/^[A-Za-z][\w-]*$/);
    }

    const readModels = samplesOf(scrape, 'hyeopchi_consumer_lag_events').find(({ labels }) =>
      labels.consumer.startsWith('gateway.read-models.'),
    );
    expect(readModels?.value).toBeGreaterThanOrEqual(0);
    const projection = samplesOf(scrape, 'hyeopchi_projection_lag_seconds');
    expect(projection).toEqual([
      {
        name: 'hyeopchi_projection_lag_seconds',
        labels: { read_model: expect.any(String) },
        value: expect.any(Number),
      },
    ]);
    expect(projection[0].value).toBeGreaterThanOrEqual(0);
    expect(samplesOf(scrape, 'hyeopchi_checkpoint_age_seconds').map(({ labels }) => labels.context)).toEqual(
      expect.arrayContaining(['civic', 'department', 'committee', 'feedback']),
    );
  });
});

describe('GET /metrics of a service in its own process, over Kafka', () => {
  const run = randomBytes(4).toString('hex');
  const token = `metrics-${randomBytes(16).toString('hex')}`;
  const scrape = () => scrapeMetrics(origin, token);
  let database: Started<string>;
  let civic: INestApplication;
  let origin: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_metrics_${run}`);
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: `metrics-${run}`,
      KAFKA_TOPIC_PARTITIONS: '2',
      PORT: '0',
      METRICS_TOKEN: token,
    });
    civic = await startServiceForTest(civicService, config, new TestClock());
    origin = `http://127.0.0.1:${(civic.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await civic?.close();
    await database?.stop();
  });

  it('answers only the bearer of METRICS_TOKEN', async () => {
    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${token}-not` } });
    expect(wrong.status).toBe(401);
    expect((await scrape()).types.get('hyeopchi_commands_total')).toBe('counter');
  });

  it("counts its commands and shows its relay's and its process managers' lag", async () => {
    const before = await scrape();
    const dispatcher = civic.get(CommandDispatcher);
    expect(
      await dispatcher.dispatch({ type: 'CreateCouncil', actor: 'secretary', data: COUNCIL }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await dispatcher.dispatch({ type: 'CreateCouncil', actor: 'secretary', data: TAKEN }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SPACE_TAKEN' },
    });
    const after = await eventually(async () => {
      const scraped = await scrape();
      expect(refusals(scraped, 'SPACE_TAKEN') - refusals(before, 'SPACE_TAKEN')).toBe(1);
      return scraped;
    });
    expect(commands(after, 'accepted') - commands(before, 'accepted')).toBe(1);
    expect(refusals(after, 'SPACE_TAKEN') - refusals(before, 'SPACE_TAKEN')).toBe(1);

    // the relay runs once this process holds its lock, then publishes everything stored
    await eventually(async () => {
      const scraped = await scrape();
      expect(samplesOf(scraped, 'hyeopchi_relay_lag_events')).toContainEqual({
        name: 'hyeopchi_relay_lag_events',
        labels: { context: 'civic' },
        value: 0,
      });
      const managers = samplesOf(scraped, 'hyeopchi_consumer_lag_events').filter(({ labels }) =>
        labels.consumer.startsWith('civic.'),
      );
      expect(managers.length).toBeGreaterThanOrEqual(1);
    });
  });
});
