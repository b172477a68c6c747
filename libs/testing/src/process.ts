import { ChildProcess, spawn } from 'node:child_process';

export interface RunningProcess {
  output(): string;
  /** Sends SIGTERM and resolves with the exit code (null when it had to be killed after the grace period). */
  stop(graceMs?: number): Promise<number | null>;
  exited: Promise<number | null>;
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
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    output: () => output,
    exited,
    stop: async (graceMs = 15_000) => {
      if (child.exitCode !== null) return child.exitCode;
      process.kill(-child.pid!, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
