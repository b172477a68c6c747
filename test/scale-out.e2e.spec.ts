import { KafkaCommandSender } from '@hyeopchi/command-processing';
import { loadConfiguration } from '@hyeopchi/config';
import { ALL_AGGREGATES, registerDemoDepartments } from '@hyeopchi/platform';
import { CONTEXTS } from '@hyeopchi/context-names';
import { reviewIdFor } from '@hyeopchi/department/contract';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { activeSchema, rebuildReadModels } from '@hyeopchi/gateway';
import {
  AnsweredSupport,
  DistributedPlatform,
  Started,
  eventually,
  freshDatabase,
  projectPath,
  startDistributedPlatform,
  supportThroughGateways,
  testDatabaseUrl,
  testKafkaBrokers,
  testPool,
} from '@hyeopchi/testing';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';

const PROPOSALS = 4;
const DEPARTMENTS = ['parks', 'transport'];
const TIER_AT = 3;
const LOAD_SECONDS = 12;
const KILL_AFTER_MS = 4_000;
/** The apps of which one instance is killed: the one taking supports, the one reacting to tiers, a gateway. */
const KILLED = ['civic', 'department', 'gateway'];

/**
 * Two processes of each service and of the gateway share the work over Kafka and one database; one of several of
 * them is killed (SIGKILL) while clients support proposals through the gateways, sending a support again with
 * its id when it went unanswered. Afterwards every accepted support is in the log exactly once, every tier
 * reached opened exactly one review per department, every event reached its consumers over Kafka, and the read
 * models are what a rebuild from the log makes.
 */
describe('the distributed platform, two of each process, one of several killed under load', () => {
  const run = randomBytes(4).toString('hex');
  const secret = `a-secret-for-the-scale-out-test-${run}`;
  let database: Started<string>;
  let keys: string;
  let platform: DistributedPlatform | undefined;
  let pool: Pool;

  beforeAll(async () => {
    execSync('npm run --silent build:server', { cwd: projectPath(), stdio: 'inherit' });
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_scale_${run}`);
    pool = testPool(database.value, 4);
    keys = await mkdtemp(join(tmpdir(), 'hyeopchi-scale-'));
  }, 120_000);
  afterAll(async () => {
    await platform?.stop();
    await pool?.end();
    await database?.stop();
    await rm(keys, { recursive: true, force: true });
  });

  // ten processes starting on a shared machine, and the killed consumers' sessions to expire: minutes
  it('loses no accepted command and repeats no effect', async () => {
    const env = {
      DATABASE_URL: database.value,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: `scale-${run}`,
      KAFKA_TOPIC_PARTITIONS: '4',
      JWT_SECRET: secret,
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_BURST: '1000000',
      AUDIT_SIGNING_KEY_FILE: join(keys, 'checkpoint-signing.key'),
    };
    platform = await startDistributedPlatform({ replicas: 2, env });
    const proposalIds = await submitProposals(env);

    const load = supportThroughGateways({
      graphqlUrls: platform.graphqlUrls,
      secret,
      proposalIds,
      clients: 8,
      seconds: LOAD_SECONDS,
      firstSupporter: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
    for (const app of KILLED) process.kill(platform.instances[app][0].process.pid, 'SIGKILL');
    const answered = await load.catch((error: unknown) => {
      throw new Error(`${String(error)}\n${platform!.output()}`);
    });

    expect(answered.filter((support) => support.code !== null)).toEqual([]);
    // the kill happened under load: some supports needed another send, and supports went on after it
    expect(answered.some((support) => support.attempts > 1)).toBe(true);
    await expectEachAcceptedSupportOnce(answered);
    const reached = await expectOneTierPerProposalReachingIt(answered);
    await expectOneReviewPerDepartment(reached, proposalIds);
    const live = await activeSchema(pool);
    await expectEveryEventConsumed(live);
    await expectReadModelsEqualARebuild(live);
  }, 300_000);

  async function submitProposals(env: Record<string, string>): Promise<string[]> {
    const sender = await KafkaCommandSender.connect(loadConfiguration(env), ALL_AGGREGATES, {
      name: `scale-client-${run}`,
      timeoutMs: 20_000,
    });
    try {
      const send = async (actor: string, type: string, data: Record<string, unknown>) => {
        const reply = await sender.send('civic', { type, actor, data });
        if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
      };
      await send('admin', 'AdoptThresholdPolicy', {
        supportWindowDays: 30,
        tiers: [{ tier: 'department_answer', measure: 'supports', threshold: TIER_AT }],
      });
      await registerDemoDepartments((request) => sender.send('civic', request));
      const ids = Array.from({ length: PROPOSALS }, (_, i) => `scale-${run}-${i}`);
      for (const proposalId of ids) {
        await send('kim', 'DraftProposal', {
          proposalId,
          title: 'Shade',
          body: 'Canopies in the park.',
          serves: ['strategy-5'],
          departments: DEPARTMENTS,
          district: 'Mapo-gu',
          organizationId: null,
        });
        await send('kim', 'SubmitProposal', { proposalId });
      }
      return ids;
    } finally {
      await sender.close();
    }
  }

  async function expectEachAcceptedSupportOnce(answered: AnsweredSupport[]): Promise<void> {
    const { rows } = await pool.query<{ command_id: string; stream_id: string; times: string }>(
      `SELECT metadata->>'commandId' AS command_id, stream_id, count(*) AS times FROM civic.events
       WHERE event_type = 'proposal.supported.v1' GROUP BY 1, 2`,
    );
    const stored = new Map(rows.map((row) => [row.command_id, row]));
    // exactly the accepted ones: none lost, none twice, none the clients were not told of
    expect(rows.filter((row) => row.times !== '1')).toEqual([]);
    expect([...stored.keys()].sort()).toEqual(answered.map((support) => support.commandId).sort());
    for (const support of answered) {
      expect(stored.get(support.commandId)?.stream_id).toBe(`proposal-${support.proposalId}`);
    }
  }

  async function expectOneTierPerProposalReachingIt(answered: AnsweredSupport[]): Promise<string[]> {
    const supports = new Map<string, number>();
    for (const { proposalId } of answered) supports.set(proposalId, (supports.get(proposalId) ?? 0) + 1);
    const reaching = [...supports].filter(([, count]) => count >= TIER_AT).map(([id]) => `proposal-${id}`);
    const { rows } = await pool.query<{ stream_id: string; times: string }>(
      `SELECT stream_id, count(*) AS times FROM civic.events WHERE event_type = 'proposal.tier_reached.v1'
       GROUP BY 1 ORDER BY 1`,
    );
    expect(rows).toEqual(reaching.sort().map((stream_id) => ({ stream_id, times: '1' })));
    expect(rows.length).toBeGreaterThan(0);
    return reaching.map((stream) => stream.slice('proposal-'.length));
  }

  async function expectOneReviewPerDepartment(reached: string[], proposalIds: string[]): Promise<void> {
    const expected = reached.flatMap((proposalId) =>
      DEPARTMENTS.map((department) => `review-${reviewIdFor(proposalId, department)}`),
    );
    await eventually(async () => {
      const { rows } = await pool.query<{ stream_id: string; times: string }>(
        `SELECT stream_id, count(*) AS times FROM department.events WHERE event_type = 'review.opened.v1'
         GROUP BY 1`,
      );
      expect(rows.map((row) => row.stream_id).sort()).toEqual(expected.sort());
      expect(rows.filter((row) => row.times !== '1')).toEqual([]);
    }, 60_000);
    const notReached = proposalIds.filter((id) => !reached.includes(id));
    const { rows } = await pool.query(`SELECT 1 FROM department.events WHERE stream_id = ANY($1)`, [
      notReached.flatMap((id) => DEPARTMENTS.map((department) => `review-${reviewIdFor(id, department)}`)),
    ]);
    expect(rows).toEqual([]);
  }

  /**
   * The relays published every event: the gateways' projector took each, once, and the department's router each
   * civic event it reacts to (the tiers; it passes supports by without an inbox row).
   */
  async function expectEveryEventConsumed(live: string): Promise<void> {
    const missing = (consumerSchema: string, consumer: string, context: string, types?: string[]) =>
      pool.query(
        `SELECT e.event_id FROM ${context}.events e WHERE NOT EXISTS (SELECT 1 FROM ${consumerSchema}.inbox i
           WHERE i.consumer = $1 AND i.context = $2 AND i.event_id = e.event_id)
           AND ($3::text[] IS NULL OR e.event_type = ANY($3))`,
        [consumer, context, types ?? null],
      );
    await eventually(async () => {
      for (const context of CONTEXTS) {
        const projector = await missing(live, `gateway.read-models.${live}`, context);
        expect({ context, missing: projector.rows }).toEqual({ context, missing: [] });
      }
      const router = await missing('department', 'department.proposal-routing', 'civic', [
        'proposal.tier_reached.v1',
      ]);
      expect(router.rows).toEqual([]);
    }, 60_000);
  }

  async function expectReadModelsEqualARebuild(live: string): Promise<void> {
    const stores = new Map(
      await Promise.all(
        CONTEXTS.map(async (context) => [context, await PostgresEventStore.open(pool, context)] as const),
      ),
    );
    const { schema } = await rebuildReadModels({ url: database.value, pool, stores });
    const { rows: tables } = await pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'inbox'
       ORDER BY 1`,
      [schema],
    );
    expect(tables.length).toBeGreaterThan(3);
    const rowsOf = async (from: string, table: string) =>
      (
        await pool.query<{ row: string }>(
          `SELECT (to_jsonb(t) - 'updated_at')::text AS row FROM "${from}"."${table}" t ORDER BY 1`,
        )
      ).rows.map(({ row }) => row);
    for (const { table_name: table } of tables) {
      expect({ table, rows: await rowsOf(live, table) }).toEqual({
        table,
        rows: await rowsOf(schema, table),
      });
    }
  }
});
