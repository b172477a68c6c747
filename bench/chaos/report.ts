import { writeFileSync } from 'node:fs';
import { projectPath } from '@hyeopchi/testing';
import { writeResults } from '../support/results';
import { SentCommand } from './load';
import { Recovery } from './recovery';
import { ChaosVerification } from './verify';

/** One fault injected, and how long the platform took to recover from it. */
export interface InjectedFault extends Recovery {
  kind: string;
  times: number;
  /** What the fault's own checks found wrong (a poison message not dead-lettered). */
  problems: string[];
  /** From the start of the fault to its end (the process back, the broker restarted, …). */
  lastedMs: number;
}

export interface ChaosRun {
  profile: string;
  commit: string;
  machine: object;
  durationSeconds: number;
  faults: InjectedFault[];
  /** Faults of the schedule not injected: the run's time or request budget was spent. */
  skippedFaults: number;
  sent: SentCommand[];
  verification: ChaosVerification | null;
  /** Why the run could not finish or verify, when it could not. */
  error: string | null;
}

const MAX_FINDINGS = 50;

export function chaosReport(run: ChaosRun) {
  const { verification } = run;
  const kinds = [...new Set(run.faults.map((fault) => fault.kind))];
  const failed =
    run.error !== null ||
    verification === null ||
    verification.lost.length + verification.duplicated.length + verification.inconsistent.length > 0 ||
    run.faults.some((fault) => fault.caughtUpMs === null || fault.problems.length > 0);
  return {
    suite: 'chaos',
    measuredAt: new Date().toISOString(),
    profile: run.profile,
    commit: run.commit,
    machine: run.machine,
    durationSeconds: run.durationSeconds,
    skippedFaults: run.skippedFaults,
    verdict: failed ? 'failed' : 'passed',
    error: run.error,
    commands: commandsSummary(run.sent),
    lost: verification?.lost.length ?? null,
    duplicated: verification?.duplicated.length ?? null,
    inconsistent: verification?.inconsistent.length ?? null,
    events: verification && { stored: verification.eventsStored, published: verification.eventsPublished },
    faults: kinds.map((kind) => {
      const ofKind = run.faults.filter((fault) => fault.kind === kind);
      return {
        kind,
        injected: ofKind.reduce((sum, fault) => sum + fault.times, 0),
        recoveredEvery: ofKind.every((fault) => fault.caughtUpMs !== null),
        problems: ofKind.flatMap((fault) => fault.problems),
        servesAgainMs: spread(ofKind.map((fault) => fault.servesMs)),
        caughtUpMs: spread(ofKind.map((fault) => fault.caughtUpMs)),
        lastedMs: spread(ofKind.map((fault) => fault.lastedMs)),
        commands: commandsSummary(run.sent.filter((command) => command.during === kind)),
      };
    }),
    findings: verification && {
      lost: verification.lost.slice(0, MAX_FINDINGS),
      duplicated: verification.duplicated.slice(0, MAX_FINDINGS),
      inconsistent: verification.inconsistent.slice(0, MAX_FINDINGS),
    },
  };
}

export type ChaosReport = ReturnType<typeof chaosReport>;

function commandsSummary(sent: SentCommand[]) {
  const refused: Record<string, number> = {};
  for (const { code } of sent)
    if (code !== null && code !== 'UNANSWERED') refused[code] = (refused[code] ?? 0) + 1;
  return {
    attempted: sent.length,
    acknowledged: sent.filter((command) => command.code === null).length,
    refused,
    unanswered: sent.filter((command) => command.code === 'UNANSWERED').length,
    sentAgain: sent.filter((command) => command.attempts > 1).length,
  };
}

/** Median and maximum, in whole milliseconds; null when a fault of the kind never recovered. */
function spread(values: (number | null)[]) {
  if (values.some((value) => value === null)) return null;
  const sorted = (values as number[]).slice().sort((a, b) => a - b);
  return { median: Math.round(sorted[Math.floor(sorted.length / 2)]), max: Math.round(sorted.at(-1)!) };
}

/** Writes bench/results/chaos.json and chaos.md; returns the summary's text. */
export function writeChaosReport(report: ChaosReport): string {
  writeResults('chaos', report);
  const summary = readableSummary(report);
  writeFileSync(projectPath('bench/results/chaos.md'), summary);
  return summary;
}

function readableSummary(report: ChaosReport): string {
  const ms = (value: { median: number; max: number } | null) =>
    value
      ? `${(value.median / 1000).toFixed(1)} s (max ${(value.max / 1000).toFixed(1)} s)`
      : 'did not recover';
  const refusals = (refused: Record<string, number>) =>
    Object.entries(refused)
      .map(([code, count]) => `${code} ${count}`)
      .join(', ') || 'none';
  const lines = [
    `# Chaos run (${report.profile}): ${report.verdict}`,
    '',
    `${report.measuredAt}, commit ${report.commit}, ${report.durationSeconds} s in all` +
      (report.skippedFaults > 0 ? `; ${report.skippedFaults} faults skipped, out of time or requests.` : '.'),
    '',
    `Commands through the gateway: ${report.commands.attempted} attempted, ${report.commands.acknowledged} ` +
      `acknowledged, refused: ${refusals(report.commands.refused)}, unanswered ${report.commands.unanswered}, ` +
      `${report.commands.sentAgain} sent again with their commandId.`,
    '',
    `**Lost ${report.lost ?? 'not verified'}, duplicated ${report.duplicated ?? 'not verified'}**, ` +
      `read models unlike a rebuild or refusals that wrote: ${report.inconsistent ?? 'not verified'}.` +
      (report.events ? ` Events stored ${report.events.stored}, published ${report.events.published}.` : ''),
    ...(report.error ? ['', `The run failed: ${report.error}`] : []),
    '',
    '| fault | injected | serves again after | caught up after | commands during (acknowledged) | refused |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.faults.map(
      (fault) =>
        `| ${fault.kind} | ${fault.injected} | ${ms(fault.servesAgainMs)} | ${ms(fault.caughtUpMs)} | ` +
        `${fault.commands.attempted} (${fault.commands.acknowledged}) | ${refusals(fault.commands.refused)} |`,
    ),
    '',
    'Recovery is measured from the fault\'s end: "serves again" until a new command is accepted through the ' +
      'gateway (read-your-writes included), "caught up" until every event stored by then is applied by the ' +
      "gateway's projector and the department's router.",
  ];
  const problems = report.faults.flatMap((fault) => fault.problems);
  if (problems.length > 0)
    lines.push('', '## Problems the faults found', '', ...problems.map((problem) => `- ${problem}`));
  const findings = report.findings;
  if (findings && findings.lost.length + findings.duplicated.length + findings.inconsistent.length > 0) {
    lines.push('', '## Findings (first 50 of each)', '');
    for (const [name, list] of Object.entries(findings)) {
      for (const { check, subject, detail } of list) lines.push(`- ${name}: ${check}: ${subject}: ${detail}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
