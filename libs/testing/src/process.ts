import { ChildProcess, spawn } from 'node:child_process';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningProcess {
  /** Also the id of its process group (`process.kill(-pid, …)` signals the group, as a terminal's Ctrl-C does). */
  pid: number;
  output(): string;
  /** Sends SIGTERM; `killed` tells whether it had to be killed after the grace period. */
  stop(graceMs?: number): Promise<Exit & { killed: boolean }>;
  exited: Promise<Exit>;
}

/** Runs a command in its own process group, collecting what it prints. */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child: ChildProcess = spawn(command, args, {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    pid: child.pid!,
    output: () => output,
    exited,
    stop: async (graceMs = 15_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return { ...(await exited), killed: false };
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // the group is already gone
        }
      };
      let killed = false;
      signalGroup('SIGTERM');
      const timer = setTimeout(() => {
        killed = true;
        signalGroup('SIGKILL');
      }, graceMs);
      const exit = await exited;
      clearTimeout(timer);
      return { ...exit, killed };
    },
  };
}

/** Whether a process of this pid still runs (signal 0 only asks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
