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
import { HotSupportOptions, HotSupportResult } from './support/hot-support-load';
import { describeMachine } from './support/machine';
import { benchProposalId, prepareProposals } from './support/proposals';
import { writeResults } from './support/results';

/**
 * `npm run bench -- hot-proposal`: one popular proposal. `BENCH_HOT_SUPPORTS` citizens (100,000 by default)
 * support it through GraphQL in standalone mode, 64 at a time, each waiting until queries show its support. The
 * run stops after `BENCH_HOT_SECONDS` (300 by default) and says how far it got: the rate over the first and the
 * last 5,000 supports shows whether each support costs more than the one before.
 */
const SUPPORTS = Number(process.env.BENCH_HOT_SUPPORTS ?? 100_000);
const MAX_SECONDS = Number(process.env.BENCH_HOT_SECONDS ?? 300);
const CLIENTS = 64;
const WINDOW = 5_000;
const secret = 'a-bench-secret-of-at-least-32-characters';

async function main(): Promise<void> {
  const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, 'hyeopchi_bench_hot_proposal');
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
  try {
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await prepareProposals(app.get<CommandSender>(COMMAND_SENDER), 1);
    const result = await loadFromAnotherProcess<HotSupportOptions, HotSupportResult>(
      join(__dirname, 'support', 'hot-support-load.js'),
      {
        url,
        proposalId: benchProposalId(0),
        supports: SUPPORTS,
        clients: CLIENTS,
        maxSeconds: MAX_SECONDS,
        secret,
        window: WINDOW,
      },
    );
    const pool = createPool({ url: database.value, size: 1, applicationName: 'hyeopchi-bench' });
    const machine = await describeMachine(pool).finally(() => pool.end());
    const { refused, ...figures } = result;
    console.log(
      `\nOne proposal, ${SUPPORTS} supports asked for, ${CLIENTS} citizens at a time (standalone):`,
    );
    console.table({
      ...figures,
      refused: JSON.stringify(refused),
      lastToFirst: figures.firstWindowPerSec ? figures.lastWindowPerSec / figures.firstWindowPerSec : null,
    });
    const results = {
      suite: 'hot-proposal',
      measuredAt: new Date().toISOString(),
      machine,
      asked: { supports: SUPPORTS, clients: CLIENTS, maxSeconds: MAX_SECONDS, window: WINDOW },
      ...result,
    };
    console.log(`written to ${writeResults('hot-proposal', results)}`);
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
