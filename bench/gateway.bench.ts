import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity, issueToken } from '@hyeopchi/identity';
import { createPool } from '@hyeopchi/postgres';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/service-runtime';
import { TestClock, startInProcessForTest } from '@hyeopchi/service-runtime/testing';
import { allServices } from '@hyeopchi/services';
import { LOCAL_POSTGRES_ADMIN_URL, freshDatabase } from '@hyeopchi/testing';
import { AddressInfo } from 'node:net';
import { describeMachine } from './support/machine';
import { benchProposalId, prepareProposals } from './support/proposals';
import { writeResults } from './support/results';
import { nowMs, summarise } from './support/stats';

/**
 * `npm run bench -- gateway`: GraphQL over HTTP in standalone mode. Mutations end when the read models show
 * them (read-your-writes), so their figures include the projection; queries read the read models.
 */
const SECONDS_PER_CASE = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = 16;
const PROPOSALS = 200;
const secret = 'a-bench-secret-of-at-least-32-characters';

interface GatewayCase {
  operation: string;
  clients: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

const tokenOf = (subject: string, roles: Identity['roles']) =>
  issueToken(
    { subject, roles, organizations: [], departments: [], onCommittee: false },
    { secret, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds: 3600 },
  );

async function main(): Promise<void> {
  const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, 'hyeopchi_bench_gateway');
  const config = loadConfiguration({
    DATABASE_URL: database.value,
    DATABASE_POOL_SIZE: '20',
    JWT_SECRET: secret,
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_BURST: '1000000',
    LOG_LEVEL: 'error',
  });
  const app = await startInProcessForTest(allServices(config), config, new TestClock(), [
    GatewayModule.inProcess(),
  ]);
  const cases: GatewayCase[] = [];
  try {
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await prepareProposals(app.get<CommandSender>(COMMAND_SENDER), PROPOSALS);
    let supporter = 0;
    const support = async () => {
      const id = supporter++;
      const body = await post(url, tokenOf(`citizen-${id}`, ['citizen']), {
        query: `mutation ($id: String!) { supportProposal(input: { proposalId: $id }) {
          ... on CommandAccepted { visible } ... on CommandRefused { code } } }`,
        variables: { id: benchProposalId(id % PROPOSALS) },
      });
      return body.data?.supportProposal?.visible === true;
    };
    const list = async () => {
      const body = await post(url, null, {
        query:
          '{ proposals(first: 20, filter: { status: collecting_support }) { totalCount edges { node { id supports } } } }',
      });
      return body.data?.proposals?.edges?.length === 20;
    };
    await measure(1, 'warm-up', support);
    cases.push(await measure(SECONDS_PER_CASE, 'supportProposal (read-your-writes)', support));
    cases.push(await measure(SECONDS_PER_CASE, 'proposals(first: 20) query', list));
    const pool = createPool({ url: database.value, size: 1, applicationName: 'hyeopchi-bench' });
    const machine = await describeMachine(pool).finally(() => pool.end());
    console.log('\nGraphQL over HTTP, standalone mode, 16 clients:');
    console.table(cases);
    const results = { suite: 'gateway', measuredAt: new Date().toISOString(), machine, cases };
    console.log(`written to ${writeResults('gateway', results)}`);
  } finally {
    await app.close();
    await database.stop();
  }
}

async function post(url: string, token: string | null, body: object) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench only looks for one field
  return (await response.json()) as { data?: Record<string, any> };
}

async function measure(
  seconds: number,
  operation: string,
  call: () => Promise<boolean>,
): Promise<GatewayCase> {
  const latencies: number[] = [];
  let failed = 0;
  const started = nowMs();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (nowMs() < deadline) {
        const sent = nowMs();
        const ok = await call();
        latencies.push(nowMs() - sent);
        if (!ok) failed++;
      }
    }),
  );
  const { p50, p99 } = summarise(latencies);
  return {
    operation,
    clients: CLIENTS,
    perSec: Math.round(latencies.length / ((nowMs() - started) / 1000)),
    p50Ms: p50,
    p99Ms: p99,
    failed,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
