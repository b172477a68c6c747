import { KafkaCommandSender } from '@hyeopchi/command-processing';
import { loadConfiguration } from '@hyeopchi/config';
import { ALL_AGGREGATES, registerDemoDepartments } from '@hyeopchi/platform';
import {
  DistributedPlatform,
  OtlpReceiver,
  ReceivedSpan,
  Started,
  eventually,
  freshDatabase,
  person,
  projectPath,
  startDistributedPlatform,
  startOtlpReceiver,
  testDatabaseUrl,
  testKafkaBrokers,
  testPool,
  testToken,
  ONE_SUPPORT_OPENS_A_REVIEW,
  proposalDraft,
} from '@hyeopchi/testing';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

/**
 * Every service and the gateway as processes of their own, exporting spans by OTLP/HTTP to a receiver the test
 * serves: one support sent to the gateway is one trace, across the gateway, Kafka (the command and the events),
 * the civic service that appends it, the department service whose process manager opens a review, and the
 * gateway's projections.
 */
describe('a trace spanning the gateway and the services over Kafka', () => {
  const run = randomBytes(4).toString('hex');
  const secret = `a-secret-for-the-tracing-test-${run}`;
  let database: Started<string>;
  let receiver: Started<OtlpReceiver>;
  let keys: string;
  let platform: DistributedPlatform | undefined;

  beforeAll(async () => {
    execSync('npm run --silent build:server', { cwd: projectPath(), stdio: 'inherit' });
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_tracing_${run}`);
    receiver = await startOtlpReceiver();
    keys = await mkdtemp(join(tmpdir(), 'hyeopchi-tracing-'));
  }, 120_000);
  afterAll(async () => {
    await platform?.stop();
    await receiver?.stop();
    await database?.stop();
    await rm(keys, { recursive: true, force: true });
  });

  it('follows a support from the mutation to the projection and the review it opens, parent by parent', async () => {
    const env = {
      DATABASE_URL: database.value,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: `tracing-${run}`,
      KAFKA_TOPIC_PARTITIONS: '2',
      JWT_SECRET: secret,
      AUDIT_SIGNING_KEY_FILE: join(keys, 'checkpoint-signing.key'),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.value.url,
      // spans leave a moment after they end rather than every 5 s
      OTEL_BSP_SCHEDULE_DELAY: '100',
      // the test stands for a tracing proxy in front of the gateway: a hop it trusts
      TRUST_PROXY: 'loopback',
    };
    platform = await startDistributedPlatform({ replicas: 1, env });
    const proposalId = `traced-${run}`;
    await draftAndSubmit(env, proposalId);

    // the trusted proxy traces too: the mutation joins its trace, but not its free-text tracestate
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const response = await fetch(platform.graphqlUrls[0], {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${testToken(person('lee', ['citizen']), secret)}`,
        traceparent: `00-${traceId}-${callerSpanId}-01`,
        tracestate: 'portal=citizen-kim.minji@example.kr',
      },
      body: JSON.stringify({
        query: `mutation { supportProposal(input: {proposalId: "${proposalId}"}) {
          __typename ... on CommandAccepted { eventTypes } ... on CommandRefused { code message } } }`,
      }),
    });
    expect(await response.json()).toEqual({
      data: {
        supportProposal: {
          __typename: 'CommandAccepted',
          eventTypes: ['proposal.supported.v1', 'proposal.tier_reached.v1'],
        },
      },
    });

    const trace = await eventually(
      () => {
        const spans = receiver.value.spans().filter((span) => span.traceId === traceId);
        const find = (service: string, name: string, kind: number, consumer?: string) => {
          const found = spans.filter(
            (span) =>
              span.service === `hyeopchi-${service}` &&
              span.name.startsWith(name) &&
              span.kind === kind &&
              (!consumer || span.attributes['hyeopchi.consumer'] === consumer),
          );
          if (found.length === 0) {
            throw new Error(`no ${service} span "${name}" in ${JSON.stringify(spans.map(described))}`);
          }
          return found[0];
        };
        return {
          mutation: find('gateway', 'mutation SupportProposal', SERVER),
          send: find('gateway', 'send SupportProposal', PRODUCER),
          receive: find('civic', `receive tracing-${run}.civic.commands`, CONSUMER),
          handle: find('civic', 'handle SupportProposal', 1),
          append: find('civic', 'append', CLIENT),
          projected: find('gateway', 'project proposal.supported.v1', CONSUMER),
          tierProjected: find('gateway', 'project proposal.tier_reached.v1', CONSUMER),
          routed: find(
            'department',
            'process proposal.tier_reached.v1',
            CONSUMER,
            'department.proposal-routing',
          ),
          openReview: find('department', 'handle OpenReview', 1),
          reviewAppend: find('department', 'append', CLIENT),
          reviewProjected: find('gateway', 'project review.opened.v1', CONSUMER),
        };
      },
      60_000,
      200,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${platform!.output()}`);
    });

    const parentOf = (span: ReceivedSpan) => span.parentSpanId;
    expect(parentOf(trace.mutation)).toBe(callerSpanId);
    expect(parentOf(trace.send)).toBe(trace.mutation.spanId);
    // the command's hop over Kafka: the request's headers carried the producer's context
    expect(parentOf(trace.receive)).toBe(trace.send.spanId);
    expect(parentOf(trace.handle)).toBe(trace.receive.spanId);
    expect(parentOf(trace.append)).toBe(trace.handle.spanId);
    // the events' hop: stored with the command's context, relayed later as ce_traceparent, consumed elsewhere
    expect(parentOf(trace.projected)).toBe(trace.handle.spanId);
    expect(parentOf(trace.tierProjected)).toBe(trace.handle.spanId);
    expect(parentOf(trace.routed)).toBe(trace.handle.spanId);
    expect(parentOf(trace.openReview)).toBe(trace.routed.spanId);
    expect(parentOf(trace.reviewAppend)).toBe(trace.openReview.spanId);
    expect(parentOf(trace.reviewProjected)).toBe(trace.openReview.spanId);
    expect(trace.handle.attributes).toMatchObject({
      'hyeopchi.outcome': 'accepted',
      'hyeopchi.stream.id': `proposal-${proposalId}`,
    });
    expect(trace.mutation.attributes).toMatchObject({ 'hyeopchi.outcome': 'accepted' });
    // one span name for every stream; the stream is an attribute
    expect(trace.append.name).toBe('append');
    expect(trace.append.attributes).toMatchObject({ 'hyeopchi.stream.id': `proposal-${proposalId}` });
    expect(trace.reviewAppend.attributes['hyeopchi.stream.id']).toMatch(/^review-/);

    const pool = testPool(database.value, 1);
    try {
      const { rows } = await pool.query<{ traceparent: string; tracestate: boolean }>(
        `SELECT metadata->>'traceparent' AS traceparent, metadata ? 'tracestate' AS tracestate FROM civic.events
         WHERE stream_id = $1 AND event_type = 'proposal.supported.v1'`,
        [`proposal-${proposalId}`],
      );
      expect(rows).toEqual([{ traceparent: `00-${traceId}-${trace.handle.spanId}-01`, tracestate: false }]);
    } finally {
      await pool.end();
    }
  }, 300_000);

  /** Untraced (this process records no spans): the commands' own traces begin in the civic service. */
  async function draftAndSubmit(env: Record<string, string>, proposalId: string): Promise<void> {
    const sender = await KafkaCommandSender.connect(loadConfiguration(env), ALL_AGGREGATES, {
      name: `tracing-client-${run}`,
      timeoutMs: 20_000,
    });
    try {
      const send = async (actor: string, type: string, data: Record<string, unknown>) => {
        const reply = await sender.send('civic', { type, actor, data });
        if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
      };
      await send('admin', 'AdoptThresholdPolicy', ONE_SUPPORT_OPENS_A_REVIEW);
      await registerDemoDepartments((request) => sender.send('civic', request));
      await send('kim', 'DraftProposal', proposalDraft(proposalId));
      await send('kim', 'SubmitProposal', { proposalId });
    } finally {
      await sender.close();
    }
  }
});

function described(span: ReceivedSpan): string {
  return `${span.service} ${span.name} (${span.spanId} < ${span.parentSpanId || 'root'})`;
}
