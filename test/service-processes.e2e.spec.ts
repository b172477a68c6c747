import { HealthReport } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { issueToken } from '@hyeopchi/identity';
import { KafkaCommandSender } from '@hyeopchi/command-processing';
import { ALL_AGGREGATES, registerDemoDepartments } from '@hyeopchi/platform';
import { reviewIdFor } from '@hyeopchi/department/contract';
import {
  RunningProcess,
  Started,
  eventually,
  freshDatabase,
  healthyAfterStart,
  projectPath,
  startProcess,
  testDatabaseUrl,
  testKafkaBrokers,
  testPool,
  ONE_SUPPORT_OPENS_A_REVIEW,
  proposalDraft,
} from '@hyeopchi/testing';
import { execSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';

/** `npm run start:<service>`: each service as its own process, reached over Kafka only. */
describe('the four services as separate processes', () => {
  const run = randomBytes(4).toString('hex');
  const running: RunningProcess[] = [];
  let database: Started<string>;
  const baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'KAFKA_BROKERS'].includes(name)),
  );
  const start = (service: string, env: Record<string, string>) => {
    const started = startProcess('node', [projectPath(`dist/apps/${service}/src/main.js`)], {
      ...baseEnv,
      LOG_LEVEL: 'warn',
      ...env,
    });
    running.push(started);
    return started;
  };

  beforeAll(async () => {
    execSync('npm run --silent build', { cwd: projectPath(), stdio: 'inherit' });
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_processes_${run}`);
  });
  afterAll(async () => {
    for (const process of running.splice(0)) await process.stop();
    await database?.stop();
  });

  it('start with their health, answer commands over Kafka and a gateway, carry a proposal to its reviews, take the seed', async () => {
    const env = {
      DATABASE_URL: database.value,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: `processes-${run}`,
      KAFKA_TOPIC_PARTITIONS: '2',
    };
    const basePort = 4500 + Math.floor(Math.random() * 400);
    const ports = CONTEXTS.map((_, i) => basePort + i);
    const reports = await Promise.all(
      CONTEXTS.map((service, i) =>
        healthyAfterStart<HealthReport>(start(service, { ...env, PORT: String(ports[i]) }), ports[i]),
      ),
    );
    reports.forEach((report, i) =>
      expect(report).toMatchObject({
        status: 'ok',
        database: { status: 'up' },
        bus: 'kafka',
        broker: 'up',
        relays: [{ context: CONTEXTS[i] }],
      }),
    );

    const sender = await KafkaCommandSender.connect(loadConfiguration(env), ALL_AGGREGATES, {
      name: `processes-client-${run}`,
      timeoutMs: 20_000,
    });
    try {
      const send = (actor: string, type: string, data: object) =>
        sender.send('civic', { type, actor, data: data as Record<string, unknown>, commandId: randomUUID() });
      expect(await send('admin', 'AdoptThresholdPolicy', { supportWindowDays: 0, tiers: [] })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_COMMAND' },
      });
      expect(await send('admin', 'AdoptThresholdPolicy', ONE_SUPPORT_OPENS_A_REVIEW)).toMatchObject({
        ok: true,
        streamId: 'threshold-policy',
        streamVersion: 1,
      });
      await registerDemoDepartments((request) => sender.send('civic', request));
      const proposalId = `p-${run}`;
      await send('kim', 'DraftProposal', proposalDraft(proposalId));
      await send('kim', 'SubmitProposal', { proposalId });
      const supported = await send('lee', 'SupportProposal', { proposalId });
      expect(supported).toMatchObject({
        ok: true,
        eventTypes: ['proposal.supported.v1', 'proposal.tier_reached.v1'],
      });

      const pool = testPool(database.value, 2);
      try {
        const department = await PostgresEventStore.open(pool, 'department');
        await eventually(async () => {
          const review = await department.readStream(`review-${reviewIdFor(proposalId, 'parks')}`);
          expect(review.map((event) => event.type)).toEqual(['review.opened.v1']);
        }, 30_000);

        const seed = startProcess(
          'node',
          [
            projectPath('bin/hyeopchi.js'),
            'seed',
            'master-plan',
            '--from',
            '2026-01-01T00:00:00Z',
            '--to',
            '2030-12-31T00:00:00Z',
          ],
          { ...baseEnv, ...env },
        );
        running.push(seed);
        expect(await seed.exited).toEqual({ code: 0, signal: null });
        expect(seed.output()).toContain('master plan governance-seoul: 16 commands accepted');
        const committee = await PostgresEventStore.open(pool, 'committee');
        expect(await committee.readStream('master-plan-governance-seoul')).toHaveLength(16);

        // the gateway in its own process: a mutation becomes a command to the civic service over Kafka
        const secret = `a-secret-for-the-processes-test-${run}`;
        const gatewayPort = basePort + CONTEXTS.length;
        const gateway = start('gateway', { ...env, PORT: String(gatewayPort), JWT_SECRET: secret });
        const token = issueToken(
          { subject: 'kim', roles: ['cso_admin'], organizations: [], departments: [], onCommittee: false },
          { secret, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds: 600 },
        );
        const mutation = `mutation { registerOrganization(input: {organizationId: "mapo", name: "Mapo network", district: "Mapo-gu"}) {
          ... on CommandAccepted { streamId streamVersion } ... on CommandRefused { code message } } }`;
        const registered = await eventually(async () => {
          const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: mutation }),
          });
          return (await response.json()) as { data: { registerOrganization: object } };
        }, 40_000).catch((error: unknown) => {
          throw new Error(`the gateway did not answer: ${String(error)}\n${gateway.output()}`);
        });
        expect(registered.data.registerOrganization).toEqual({
          streamId: 'organization-mapo',
          streamVersion: 2,
        });
      } finally {
        await pool.end();
      }
    } finally {
      await sender.close();
    }
  });

  it('refuses to run a service alone without Kafka, saying why', async () => {
    const started = start('committee', { DATABASE_URL: database.value, PORT: '4999' });
    expect(await started.exited).toEqual({ code: 1, signal: null });
    expect(started.output()).toContain('the committee service in its own process needs KAFKA_BROKERS');
  });
});
