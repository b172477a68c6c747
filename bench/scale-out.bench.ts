import { KafkaCommandSender } from '@hyeopchi/command-processing';
import { loadConfiguration } from '@hyeopchi/config';
import { ALL_AGGREGATES } from '@hyeopchi/platform';
import { createPool } from '@hyeopchi/postgres';
import {
  LOCAL_POSTGRES_ADMIN_URL,
  SupportLoadOptions,
  ensureKafka,
  freshDatabase,
  startDistributedPlatform,
} from '@hyeopchi/testing';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFromAnotherProcess } from './support/child-process-load';
import { GatewaysSupportResult } from './support/gateways-support-load';
import { describeMachine } from './support/machine';
import { benchProposalId, prepareProposals } from './support/proposals';
import { writeResults } from './support/results';
import { BENCH_SECRET } from './support/standalone-gateway';
import { round } from './support/stats';

/**
 * `npm run bench -- scale-out`: the distributed platform as processes (each service and the gateway), one of each
 * against two of each, on one PostgreSQL and one Kafka broker. The same clients, in a process of their own,
 * support proposals through the gateways (read-your-writes: a mutation answers once the read models show it);
 * the sides alternate, each on a fresh database and topics of its own.
 */
const SECONDS_PER_CASE = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CLIENTS = 32;
const PROPOSALS = 50;

interface ScaleOutCase extends GatewaysSupportResult {
  replicas: number;
  round: number;
}

async function measure(replicas: number, roundNumber: number, brokers: string[]): Promise<ScaleOutCase> {
  const run = `${replicas}x-${roundNumber}-${randomBytes(3).toString('hex')}`;
  const database = await freshDatabase(
    LOCAL_POSTGRES_ADMIN_URL,
    `hyeopchi_bench_scale_${run.replaceAll('-', '_')}`,
  );
  const keys = await mkdtemp(join(tmpdir(), 'hyeopchi-scale-bench-'));
  const env = {
    DATABASE_URL: database.value,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_NAMESPACE: `scale-bench-${run}`,
    JWT_SECRET: BENCH_SECRET,
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_BURST: '1000000',
    AUDIT_SIGNING_KEY_FILE: join(keys, 'checkpoint-signing.key'),
    LOG_LEVEL: 'error',
  };
  const platform = await startDistributedPlatform({ replicas, env });
  try {
    const sender = await KafkaCommandSender.connect(loadConfiguration(env), ALL_AGGREGATES, {
      name: `scale-bench-client-${run}`,
      timeoutMs: 30_000,
    });
    await prepareProposals(sender, PROPOSALS).finally(() => sender.close());
    const load = (seconds: number, firstSupporter: number) =>
      loadFromAnotherProcess<SupportLoadOptions, GatewaysSupportResult>(
        join(__dirname, 'support', 'gateways-support-load.js'),
        {
          graphqlUrls: platform.graphqlUrls,
          secret: BENCH_SECRET,
          proposalIds: Array.from({ length: PROPOSALS }, (_, i) => benchProposalId(i)),
          clients: CLIENTS,
          seconds,
          firstSupporter,
        },
      );
    await load(3, 0);
    return { replicas, round: roundNumber, ...(await load(SECONDS_PER_CASE, 1_000_000)) };
  } finally {
    await platform.stop();
    await database.stop();
    await rm(keys, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const kafka = await ensureKafka();
  const cases: ScaleOutCase[] = [];
  try {
    for (let roundNumber = 1; roundNumber <= ROUNDS; roundNumber++) {
      for (const replicas of [1, 2]) {
        cases.push(await measure(replicas, roundNumber, kafka.value));
        console.log(JSON.stringify(cases.at(-1)));
      }
    }
  } finally {
    await kafka.stop();
  }
  const rate = (replicas: number) =>
    cases.filter((c) => c.replicas === replicas).reduce((sum, c) => sum + c.perSec, 0) / ROUNDS;
  const twoAgainstOne = round(rate(2) / rate(1));
  console.log(
    `\nsupportProposal through the gateways, ${CLIENTS} clients in another process, ${PROPOSALS} proposals, one of each process against two:`,
  );
  console.table(cases);
  console.log(`two against one: ${twoAgainstOne} (mean accepted/s over ${ROUNDS} rounds)`);
  const pool = createPool({ url: LOCAL_POSTGRES_ADMIN_URL, size: 1, applicationName: 'hyeopchi-bench' });
  const machine = await describeMachine(pool).finally(() => pool.end());
  const results = {
    suite: 'scale-out',
    measuredAt: new Date().toISOString(),
    machine,
    twoAgainstOne,
    cases,
  };
  console.log(`written to ${writeResults('scale-out', results)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
