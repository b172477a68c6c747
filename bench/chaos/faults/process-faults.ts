import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { Exit, RunningProcess } from '@hyeopchi/testing';

/**
 * A process started with `startProcess` (signalled as its whole process group, so a service's children stop or
 * die with it) or a bare pid (signalled alone).
 */
export type ProcessTarget = RunningProcess | number;

const MAX_PAUSE_MS = 600_000;

export class ProcessFaultError extends Error {
  override readonly name = 'ProcessFaultError';
}

function signal(target: ProcessTarget, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(typeof target === 'number' ? target : -target.pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/**
 * Freezes the process (SIGSTOP) for `ms`, then lets it go on (SIGCONT): a stop-the-world pause as long GC pauses
 * or an overloaded host cause. Its sockets stay open; its peers only see silence.
 */
export async function pauseProcess(target: ProcessTarget, ms: number): Promise<void> {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_PAUSE_MS) {
    throw new ProcessFaultError(`a pause must be between 0 and ${MAX_PAUSE_MS} ms, not ${ms}`);
  }
  if (!signal(target, 'SIGSTOP')) throw new ProcessFaultError(`no process ${pidOf(target)} to pause`);
  try {
    await sleep(ms);
  } finally {
    signal(target, 'SIGCONT');
  }
}

/** Kills the process with SIGKILL (no shutdown hooks run) and waits until it is gone. */
export async function killHard(target: ProcessTarget, timeoutMs = 30_000): Promise<Exit | undefined> {
  signal(target, 'SIGKILL');
  if (typeof target !== 'number') return target.exited;
  const deadline = performance.now() + timeoutMs;
  while (await stillRuns(target)) {
    if (performance.now() > deadline)
      throw new ProcessFaultError(`process ${target} still runs after SIGKILL`);
    await sleep(20);
  }
  return undefined;
}

/** A zombie has died: only its parent's reaping is left, which a bare pid's killer cannot wait for. */
async function stillRuns(pid: number): Promise<boolean> {
  if (!signal(pid, 0)) return false;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

function pidOf(target: ProcessTarget): number {
  return typeof target === 'number' ? target : target.pid;
}
