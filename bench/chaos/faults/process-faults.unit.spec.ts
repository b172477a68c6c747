import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { eventually, RunningProcess, startProcess } from '@hyeopchi/testing';
import { killHard, pauseProcess, ProcessFaultError } from './process-faults';

/** The state letter in /proc/<pid>/stat: R, S, T (stopped), Z… */
async function stateOf(pid: number): Promise<string> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

/** A child that prints the time every 20 ms and ignores SIGTERM, as a service stuck in its shutdown would. */
function ticker(): RunningProcess {
  return startProcess(
    process.execPath,
    ['-e', "process.on('SIGTERM', () => {}); setInterval(() => console.log(Date.now()), 20)"],
    process.env,
  );
}

const ticks = (child: RunningProcess) => child.output().trim().split('\n').filter(Boolean).map(Number);

describe('process faults', () => {
  let child: RunningProcess;

  beforeEach(async () => {
    child = ticker();
    await eventually(() => expect(ticks(child).length).toBeGreaterThan(2));
  });

  afterEach(async () => {
    await child.stop(1_000);
  });

  it('stops a process for the pause, then lets it go on', async () => {
    const paused = pauseProcess(child, 600);
    await eventually(async () => expect(await stateOf(child.pid)).toBe('T'));
    await paused;
    expect(await stateOf(child.pid)).not.toBe('T');
    const countAfter = ticks(child).length;
    await eventually(() => expect(ticks(child).length).toBeGreaterThan(countAfter));
    const times = ticks(child);
    const longestGap = Math.max(...times.slice(1).map((time, i) => time - times[i]));
    expect(longestGap).toBeGreaterThanOrEqual(550);
  });

  it('kills a process that ignores SIGTERM and waits for its exit', async () => {
    const exit = await killHard(child);
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it('kills a bare pid and waits until it is gone', async () => {
    const bare = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await killHard(bare.pid!);
    expect(
      bare.signalCode ?? (await new Promise((resolve) => bare.once('exit', (_, signal) => resolve(signal)))),
    ).toBe('SIGKILL');
  });

  it('refuses to pause a process that does not exist, or for an unbounded time', async () => {
    await killHard(child);
    await expect(pauseProcess(child, 10)).rejects.toThrow(ProcessFaultError);
    await expect(pauseProcess(child, Number.POSITIVE_INFINITY)).rejects.toThrow(ProcessFaultError);
  });
});
