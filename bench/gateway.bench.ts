import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { createPool } from '@hyeopchi/postgres';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { LOCAL_POSTGRES_ADMIN_URL, freshDatabase } from '@hyeopchi/testing';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadFromAnotherProcess } from './support/child-process-load';
import { describeMachine } from './support/machine';
import { LoadOptions, LoadResult } from './support/graphql-load';
import { prepareProposals } from './support/proposals';
import { writeResults } from './support/results';

/**
 * `npm run bench -- gateway`: GraphQL over HTTP in standalone mode. Mutations end when the read models show
 * them (read-your-writes), so their figures include the projection; queries read the read models. The clients
 * run in a process of their own.
 */
const SECONDS_PER_CASE = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = 16;
const PROPOSALS = 200;
const secret = 'a-bench-secret-of-at-least-32-characters';

interface GatewayCase extends LoadResult {
  operation: string;
  clients: number;
}

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
    const load = (operation: LoadOptions['operation'], seconds: number, firstSupporter: number) =>
      loadFromAnotherProcess<LoadOptions, LoadResult>(join(__dirname, 'support', 'graphql-load.js'), {
        url,
        operation,
        seconds,
        clients: CLIENTS,
        proposals: PROPOSALS,
        secret,
        firstSupporter,
      });
    await load('support', 1, 0);
    const support = await load('support', SECONDS_PER_CASE, 1_000_000);
    const list = await load('list', SECONDS_PER_CASE, 0);
    cases.push({ operation: 'supportProposal (read-your-writes)', clients: CLIENTS, ...support });
    cases.push({ operation: 'proposals(first: 20) query', clients: CLIENTS, ...list });
    const pool = createPool({ url: database.value, size: 1, applicationName: 'hyeopchi-bench' });
    const machine = await describeMachine(pool).finally(() => pool.end());
    console.log('\nGraphQL over HTTP, standalone mode, 16 clients in another process:');
    console.table(cases);
    const results = { suite: 'gateway', measuredAt: new Date().toISOString(), machine, cases };
    console.log(`written to ${writeResults('gateway', results)}`);
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
