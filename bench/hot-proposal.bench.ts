import { join } from 'node:path';
import { createPool } from '@hyeopchi/postgres';
import { loadFromAnotherProcess } from './support/child-process-load';
import { caughtUp } from './support/followed-history';
import { measureFold } from './support/hot-fold';
import { seedHotProposal } from './support/hot-seed';
import { JourneyOptions, JourneyStep } from './support/hot-journey';
import { POPULAR_PROPOSAL, TEN_SUPPORTS_PROPOSAL, prepareHotProposals } from './support/hot-proposals';
import { HotSupportOptions, HotSupportResult } from './support/hot-support-load';
import { writeResults } from './support/results';
import { round } from './support/stats';
import { BENCH_SECRET, startStandaloneGateway } from './support/standalone-gateway';

/**
 * `npm run bench -- hot-proposal`: one popular proposal. `BENCH_HOT_SUPPORTS` citizens (100,000 by default)
 * support it through GraphQL in standalone mode, 64 at a time, each waiting until queries show its support. The
 * run stops after `BENCH_HOT_SECONDS` (300 by default) and says how far it got: the rate over the first and the
 * last 5,000 supports shows whether each support costs more than the one before. First, without the platform,
 * what the domain alone spends on 25,000, 50,000 and 100,000 supports: twice the supports should cost twice the time.
 * `BENCH_HOT_FROM` (0 by default) supports are written before the platform starts (`hot-seed.ts`), so that the
 * rate deep into a popular proposal's life is measured without going through all of it first. The platform's CPU
 * per support (`platformCpuMsPerSupport`) says what a support costs it even on a machine shared with others.
 * Then the rest of the journey (`hot-journey.ts`): the proposal's page, the department's answer, the committee's
 * commands and a supporter's feedback, each on the popular proposal and on one with ten supports.
 */
const SUPPORTS = Number(process.env.BENCH_HOT_SUPPORTS ?? 100_000);
const MAX_SECONDS = Number(process.env.BENCH_HOT_SECONDS ?? 300);
const FROM = Number(process.env.BENCH_HOT_FROM ?? 0);
const CLIENTS = 64;
const CAUGHT_UP_WITHIN_MS = 10 * 60_000;
const WINDOW = 5_000;
const PAGE_READS = 200;

/** A supporter invited to feedback among the last: the journey times feedback as it reaches the last ones. */
const lastSupporter = (sent: number) => (FROM > 0 ? `early-citizen-${FROM - 1}` : `citizen-${sent - 1}`);

async function main(): Promise<void> {
  const folds = [25_000, 50_000, 100_000].map(measureFold);
  console.log('\nThe domain alone, on one proposal (deciding, folding, the offline replay):');
  console.table(folds);
  let databaseUrl = '';
  const started = performance.now();
  const platform = await startStandaloneGateway('hyeopchi_bench_hot_proposal', async (url) => {
    databaseUrl = url;
    if (FROM > 0) await seedHotProposal(url, FROM);
  });
  try {
    if (FROM > 0) {
      const pool = createPool({ url: databaseUrl, size: 1, applicationName: 'hyeopchi-bench-hot' });
      await caughtUp(pool, CAUGHT_UP_WITHIN_MS).finally(() => pool.end());
      console.log(
        `${FROM} supports written and followed in ${round((performance.now() - started) / 1000, 1)} s`,
      );
    } else {
      await prepareHotProposals(platform.sender);
    }
    // the platform's own CPU per support: what each costs it, whoever else shares the machine's cores
    const cpuBefore = process.cpuUsage();
    const load = await loadFromAnotherProcess<HotSupportOptions, HotSupportResult>(
      join(__dirname, 'support', 'hot-support-load.js'),
      {
        url: platform.url,
        proposalId: POPULAR_PROPOSAL,
        supports: SUPPORTS,
        clients: CLIENTS,
        maxSeconds: MAX_SECONDS,
        secret: BENCH_SECRET,
        window: WINDOW,
      },
    );
    const cpu = process.cpuUsage(cpuBefore);
    const result = { ...load, platformCpuMsPerSupport: round((cpu.user + cpu.system) / 1000 / load.sent, 2) };
    const { refused, ...figures } = result;
    console.log(
      `\nOne proposal, ${FROM} supports before and ${SUPPORTS} asked for, ${CLIENTS} citizens at a time (standalone):`,
    );
    console.table({
      ...figures,
      refused: JSON.stringify(refused),
      lastToFirst: figures.firstWindowPerSec ? figures.lastWindowPerSec / figures.firstWindowPerSec : null,
    });
    const journey = await loadFromAnotherProcess<JourneyOptions, JourneyStep[]>(
      join(__dirname, 'support', 'hot-journey.js'),
      {
        url: platform.url,
        secret: BENCH_SECRET,
        popular: { proposalId: POPULAR_PROPOSAL, supporter: lastSupporter(load.sent) },
        tenProposalId: TEN_SUPPORTS_PROPOSAL,
        pageReads: PAGE_READS,
      },
    );
    console.log(
      `\nThe rest of the journey, on the popular proposal (${FROM + load.accepted} supports) and on one with ten:`,
    );
    console.table(journey);
    const results = {
      suite: 'hot-proposal',
      measuredAt: new Date().toISOString(),
      machine: await platform.describeMachine(),
      asked: { from: FROM, supports: SUPPORTS, clients: CLIENTS, maxSeconds: MAX_SECONDS, window: WINDOW },
      folds,
      ...result,
      journey,
    };
    console.log(`written to ${writeResults('hot-proposal', results)}`);
  } finally {
    await platform.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
