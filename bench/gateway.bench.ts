import { issueToken } from '@hyeopchi/identity';
import { join } from 'node:path';
import { loadFromAnotherProcess } from './support/child-process-load';
import { LoadOptions, LoadResult } from './support/graphql-load';
import { benchProposalId, prepareProposals } from './support/proposals';
import { startBaseline } from './support/bare-http-baseline';
import { writeResults } from './support/results';
import { BENCH_SECRET, startStandaloneGateway } from './support/standalone-gateway';

/**
 * `npm run bench -- gateway`: GraphQL over HTTP in standalone mode, beside a bare Node HTTP server answering
 * fixed JSON in the same process (the most this machine's Node serves: each query's `× baseline` is its share
 * of it). Mutations end when the read models show them (read-your-writes), so their figures include the
 * projection; queries read the read models. The clients run in a process of their own.
 */
const SECONDS_PER_CASE = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = 16;
const PROPOSALS = 200;

interface GatewayCase extends LoadResult {
  operation: string;
  clients: number;
  xBaseline: number;
  /**
   * CPU of this process (the platform and the baseline, both serving) per request of a repeated query: what the
   * other load of a shared machine changes less than the rate. It includes the idle platform's own polling.
   */
  serverCpuUsPerRequest?: number;
}

interface Query {
  operation: string;
  query: string;
  token?: string;
}

const reader = issueToken(
  { subject: 'bench-reader', roles: ['citizen'], organizations: [], departments: [], onCommittee: false },
  { secret: BENCH_SECRET, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds: 3600 },
);
const proposalQuery = `{ proposal(id: "${benchProposalId(7)}") { id title status supports } }`;
const QUERIES: Query[] = [
  { operation: '{ __typename }', query: '{ __typename }' },
  { operation: 'proposal(id), 4 scalars', query: proposalQuery },
  { operation: 'proposal(id), 4 scalars, signed in', query: proposalQuery, token: reader },
  {
    operation: 'proposals(first: 20) query',
    query:
      '{ proposals(first: 20, filter: { status: collecting_support }) { totalCount edges { node { id supports } } } }',
  },
];

function headersOf(token?: string): Record<string, string> {
  return { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

async function main(): Promise<void> {
  const platform = await startStandaloneGateway('hyeopchi_bench_gateway');
  const baseline = await startBaseline();
  const cases: GatewayCase[] = [];
  const load = (options: LoadOptions) =>
    loadFromAnotherProcess<LoadOptions, LoadResult>(join(__dirname, 'support', 'graphql-load.js'), options);
  const repeated = async (url: string, { query, token }: Query, seconds: number) => {
    const body = JSON.stringify({ query });
    const first = await fetch(url, { method: 'POST', headers: headersOf(token), body });
    const expectBody = await first.text();
    if (!first.ok || expectBody.includes('"errors"')) throw new Error(`${query}: ${expectBody}`);
    const cpuBefore = process.cpuUsage();
    const result = await load({
      kind: 'repeated',
      url,
      body,
      headers: headersOf(token),
      expectBody,
      seconds,
      clients: CLIENTS,
    });
    const cpu = process.cpuUsage(cpuBefore);
    return { ...result, serverCpuUsPerRequest: Math.round((cpu.user + cpu.system) / result.requests) };
  };
  try {
    await prepareProposals(platform.sender, PROPOSALS);
    // the reads measure kept answers: a change still being projected would forget them while they are measured
    await platform.settled();
    const supports = (seconds: number, firstSupporter: number) =>
      load({
        kind: 'supports',
        url: platform.url,
        seconds,
        clients: CLIENTS,
        proposals: PROPOSALS,
        secret: BENCH_SECRET,
        firstSupporter,
      });
    for (const query of QUERIES) await repeated(platform.url, query, 1);
    await repeated(baseline.url, QUERIES[0], 1);

    const bare = await repeated(baseline.url, QUERIES[0], SECONDS_PER_CASE);
    const measure = (operation: string, result: LoadResult) =>
      cases.push({
        operation,
        clients: CLIENTS,
        ...result,
        xBaseline: +(result.perSec / bare.perSec).toFixed(2),
      });
    measure('bare Node HTTP, fixed JSON (baseline)', bare);
    // the reads first: supports announce changes for a while after they are sent (the projection catches up)
    for (const query of QUERIES)
      measure(query.operation, await repeated(platform.url, query, SECONDS_PER_CASE));
    await supports(1, 0);
    measure('supportProposal (read-your-writes)', await supports(SECONDS_PER_CASE, 1_000_000));
    console.log(`\nGraphQL over HTTP, standalone mode, ${CLIENTS} clients in another process:`);
    console.table(cases);
    const machine = await platform.describeMachine();
    const results = { suite: 'gateway', measuredAt: new Date().toISOString(), machine, cases };
    console.log(`written to ${writeResults('gateway', results)}`);
  } finally {
    await baseline.close();
    await platform.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
