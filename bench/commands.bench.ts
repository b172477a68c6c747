import { loadConfiguration } from '@hyeopchi/config';
import { COMMAND_SENDER, CommandSender, KafkaCommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest, startServiceForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { civicAggregates } from '@hyeopchi/civic/contract';
import { civicService } from '@hyeopchi/civic/service';
import { LOCAL_POSTGRES_ADMIN_URL, ensureKafka, freshDatabase } from '@hyeopchi/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { describeMachine } from './support/machine';
import { benchProposalId, prepareProposals } from './support/proposals';
import { writeResults } from './support/results';
import { nowMs, summarise } from './support/stats';
import { createPool } from '@hyeopchi/postgres';

/**
 * `npm run bench -- commands`: commands through a service, end to end (validate, load, decide, append, reply):
 * in process as standalone mode sends them, and over Kafka request-reply to a service in its own application.
 */
const SECONDS_PER_CASE = Number(process.env.BENCH_SECONDS ?? 8);
const SENDERS = 16;
const PROPOSALS = 200;

interface CommandCase {
  transport: string;
  senders: number;
  commandsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  refused: number;
  /** CPU time of this process (sender and service, not the broker or PostgreSQL) per command: on a shared machine
   * the figure contention disturbs least. */
  cpuMsPerCommand: number;
}

async function main(): Promise<void> {
  const run = randomBytes(3).toString('hex');
  const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, `hyeopchi_bench_commands_${run}`);
  const kafka = await ensureKafka();
  const config = loadConfiguration({
    DATABASE_URL: database.value,
    KAFKA_BROKERS: kafka.value.join(','),
    KAFKA_TOPIC_NAMESPACE: `bench-${run}`,
    DATABASE_POOL_SIZE: '20',
    PORT: '0',
    LOG_LEVEL: 'error',
  });
  const clock = new TestClock();
  const cases: CommandCase[] = [];
  try {
    const standalone = await startInProcessForTest(allServices(config), config, clock);
    try {
      const sender = standalone.get<CommandSender>(COMMAND_SENDER);
      await prepareProposals(sender, PROPOSALS);
      await supportFor(sender, 1, 'warm-up');
      cases.push(await supportFor(sender, SECONDS_PER_CASE, 'in process (standalone)'));
    } finally {
      await standalone.close();
    }
    const civic = await startServiceForTest(civicService, config, clock);
    const sender = await KafkaCommandSender.connect(config, civicAggregates, { name: `bench-${run}` });
    try {
      await supportFor(sender, 1, 'warm-up');
      cases.push(await supportFor(sender, SECONDS_PER_CASE, 'Kafka request-reply'));
    } finally {
      await sender.close();
      await civic.close();
    }
    const pool = createPool({ url: database.value, size: 1, applicationName: 'hyeopchi-bench' });
    const machine = await describeMachine(pool).finally(() => pool.end());
    const results = { suite: 'commands', measuredAt: new Date().toISOString(), machine, cases };
    console.log(
      '\nSupportProposal commands, end to end (reply received), distinct supporters over 200 proposals:',
    );
    console.table(cases);
    console.log(`written to ${writeResults('commands', results)}`);
  } finally {
    await database.stop();
    await kafka.stop();
  }
}

let supporterSequence = 0;

async function supportFor(sender: CommandSender, seconds: number, transport: string): Promise<CommandCase> {
  const latencies: number[] = [];
  let refused = 0;
  const cpuBefore = process.cpuUsage();
  const started = nowMs();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (nowMs() < deadline) {
        const supporter = supporterSequence++;
        const sent = nowMs();
        const reply = await sender.send('civic', {
          type: 'SupportProposal',
          actor: `citizen-${supporter}`,
          data: { proposalId: benchProposalId(supporter % PROPOSALS) },
          commandId: randomUUID(),
        });
        latencies.push(nowMs() - sent);
        if (!reply.ok) refused++;
      }
    }),
  );
  const elapsedSec = (nowMs() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const { p50, p99 } = summarise(latencies);
  return {
    transport,
    senders: SENDERS,
    commandsPerSec: Math.round(latencies.length / elapsedSec),
    p50Ms: p50,
    p99Ms: p99,
    refused,
    cpuMsPerCommand: Number(((cpu.user + cpu.system) / 1000 / latencies.length).toFixed(2)),
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
