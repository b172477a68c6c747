import { eventually } from '@hyeopchi/testing';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describeMachine } from '../support/machine';
import { FaultContext, pause } from './fault';
import { faultSchedule } from './schedule';
import { ChaosLoad } from './load';
import { RecoveryMeter } from './recovery';
import { ChaosOptions, chaosOptions } from './options';
import { ChaosRun, InjectedFault, chaosReport, writeChaosReport } from './report';
import { DEPARTMENTS, seedChaos } from './seed';
import { unappliedEvents } from './settling';
import { ChaosTopology, startChaosTopology } from './topology';
import { verify } from './verify';

/**
 * `npm run chaos -- --profile short|full`: the distributed platform on a PostgreSQL and a Kafka broker of its
 * own, on loopback, under a steady load of citizens' commands through the gateway while faults are injected one
 * after another; then every acknowledged command is checked (stored once, published, applied once, read models
 * equal to a rebuild). Writes bench/results/chaos.json and chaos.md; exits 1 when anything was lost, doubled or
 * could not be verified, 2 when the run did not finish in its time.
 */
const SEED_PROPOSALS = 6;
const WARM_UP_MS = 5_000;
const BETWEEN_FAULTS_MS = 2_000;
const SETTLE_TIMEOUT_MS = 300_000;
/** Past this share of the run's time, no new fault starts: what is left is for settling and verifying. */
const FAULTS_SHARE_OF_TIME = 0.6;

async function main(): Promise<number> {
  const options = chaosOptions(process.argv.slice(2), process.env);
  const started = performance.now();
  const run = randomBytes(3).toString('hex');
  const log = (line: string) =>
    console.log(`[chaos ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  let topology: ChaosTopology | undefined;
  let stopTopology: (() => Promise<void>) | undefined;
  const stopEverything = async () => {
    const stopping = stopTopology;
    stopTopology = undefined;
    await stopping?.();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopEverything().finally(() => process.exit(130)));
  }
  const outOfTime = setTimeout(() => {
    log(`out of time (${options.timeoutMs / 60_000} min): stopping everything`);
    void stopEverything().finally(() => process.exit(2));
  }, options.timeoutMs);
  const result: ChaosRun = {
    profile: options.profile,
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
    machine: {},
    durationSeconds: 0,
    faults: [],
    skippedFaults: 0,
    sent: [],
    verification: null,
    error: null,
  };
  try {
    log(`profile ${options.profile}: starting PostgreSQL, Kafka and the platform (one process per service)`);
    topology = await startChaosTopology(run, (stop) => (stopTopology = stop));
    result.machine = await describeMachine(topology.pool);
    const proposalIds = await seedChaos(topology, run, SEED_PROPOSALS);
    const load = new ChaosLoad({
      graphqlUrl: topology.platform.graphqlUrls[0],
      clients: options.clients,
      pauseMs: options.pauseMs,
      requestBudget: options.requestBudget,
      proposalIds,
      run,
    });
    result.sent = load.sent;
    load.start();
    await pause(WARM_UP_MS);
    const faultsUntil = started + options.timeoutMs * FAULTS_SHARE_OF_TIME;
    result.skippedFaults = await injectFaults({ topology, load, options, log }, result.faults, faultsUntil);
    log('faults done: letting the clients finish their commands');
    await load.stop();
    await settle(topology, options, log);
    log('verifying every acknowledged command');
    result.verification = await verify({
      pool: topology.pool,
      databaseUrl: topology.databaseUrl,
      brokers: topology.broker.brokers,
      namespace: topology.namespace,
      sent: load.sent,
      departments: DEPARTMENTS,
    });
  } catch (error) {
    result.error = (error as Error).stack ?? String(error);
    log(`failed: ${result.error}`);
    if (topology) console.error(topology.platform.output().slice(-20_000));
  } finally {
    clearTimeout(outOfTime);
    await stopEverything();
  }
  result.durationSeconds = Math.round((performance.now() - started) / 1000);
  const report = chaosReport(result);
  console.log(writeChaosReport(report));
  return report.verdict === 'passed' ? 0 : 1;
}

/** Injects the schedule's faults one after another; returns how many were skipped for lack of time or requests. */
async function injectFaults(
  context: FaultContext,
  injected: InjectedFault[],
  until: number,
): Promise<number> {
  const recovery = new RecoveryMeter();
  const schedule = faultSchedule(context.options);
  for (const [index, fault] of schedule.entries()) {
    if (!context.load.budgetLeft || performance.now() > until) {
      context.log(
        `the request budget or the time for faults is spent: ${schedule.length - index} faults skipped`,
      );
      return schedule.length - index;
    }
    context.log(`fault: ${fault.kind}`);
    context.load.phase = fault.kind;
    const began = performance.now();
    const problems = (await fault.inject(context)) ?? [];
    const lastedMs = Math.round(performance.now() - began);
    problems.push(...(await restartExited(context)));
    const recovered = await recovery.measure(context);
    context.load.phase = 'none';
    injected.push({ kind: fault.kind, times: fault.times ?? 1, problems, lastedMs, ...recovered });
    for (const problem of problems) context.log(`  ${problem}`);
    context.log(
      `  lasted ${lastedMs} ms; serves again after ${recovered.servesMs?.toFixed(0) ?? 'never'} ms, ` +
        `caught up after ${recovered.caughtUpMs?.toFixed(0) ?? 'never'} ms`,
    );
    await pause(BETWEEN_FAULTS_MS);
  }
  return 0;
}

/**
 * A process of the platform that ended by itself (not one a fault killed: those are restarted by the fault) is a
 * problem to report; it is started again, as a supervisor would, so the faults after it still test something.
 */
async function restartExited({ topology }: FaultContext): Promise<string[]> {
  const problems: string[] = [];
  for (const instance of Object.values(topology.platform.instances).flat()) {
    const exit = await Promise.race([instance.process.exited, pause(0).then(() => null)]);
    if (!exit) continue;
    const printed = instance.process.output().trim().split('\n').slice(-5).join(' | ').slice(-1_500);
    problems.push(
      `${instance.app} exited by itself (${JSON.stringify(exit)}), restarted; it printed: ${printed}`,
    );
    await topology.platform.restart(instance);
  }
  return problems;
}

/**
 * Once the load stopped: waits, within a bound, for every event to be applied by every consumer. What is still
 * unapplied then, the verification counts as lost.
 */
async function settle(
  topology: ChaosTopology,
  options: ChaosOptions,
  log: (line: string) => void,
): Promise<void> {
  const bound = Math.min(SETTLE_TIMEOUT_MS, options.timeoutMs / 4);
  await eventually(
    async () => {
      const unapplied = await unappliedEvents(topology.pool);
      if (unapplied > 0) throw new Error(`${unapplied} events not applied`);
    },
    bound,
    500,
  ).catch((error: Error) => log(`the platform did not settle in ${bound / 1000} s: ${error.message}`));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
