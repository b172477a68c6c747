import { join } from 'node:path';
import { loadFromAnotherProcess } from './support/child-process-load';
import { LoadOptions, LoadResult } from './support/graphql-load';
import { prepareProposals } from './support/proposals';
import { writeResults } from './support/results';
import { BENCH_SECRET, startStandaloneGateway } from './support/standalone-gateway';

/**
 * `npm run bench -- gateway`: GraphQL over HTTP in standalone mode. Mutations end when the read models show
 * them (read-your-writes), so their figures include the projection; queries read the read models. The clients
 * run in a process of their own.
 */
const SECONDS_PER_CASE = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = 16;
const PROPOSALS = 200;

interface GatewayCase extends LoadResult {
  operation: string;
  clients: number;
}

async function main(): Promise<void> {
  const platform = await startStandaloneGateway('hyeopchi_bench_gateway');
  const cases: GatewayCase[] = [];
  try {
    await prepareProposals(platform.sender, PROPOSALS);
    const load = (operation: LoadOptions['operation'], seconds: number, firstSupporter: number) =>
      loadFromAnotherProcess<LoadOptions, LoadResult>(join(__dirname, 'support', 'graphql-load.js'), {
        url: platform.url,
        operation,
        seconds,
        clients: CLIENTS,
        proposals: PROPOSALS,
        secret: BENCH_SECRET,
        firstSupporter,
      });
    await load('support', 1, 0);
    const support = await load('support', SECONDS_PER_CASE, 1_000_000);
    const list = await load('list', SECONDS_PER_CASE, 0);
    cases.push({ operation: 'supportProposal (read-your-writes)', clients: CLIENTS, ...support });
    cases.push({ operation: 'proposals(first: 20) query', clients: CLIENTS, ...list });
    console.log('\nGraphQL over HTTP, standalone mode, 16 clients in another process:');
    console.table(cases);
    const machine = await platform.describeMachine();
    const results = { suite: 'gateway', measuredAt: new Date().toISOString(), machine, cases };
    console.log(`written to ${writeResults('gateway', results)}`);
  } finally {
    await platform.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
