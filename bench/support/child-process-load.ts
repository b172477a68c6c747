import { spawn } from 'node:child_process';

/**
 * Runs a bench's clients in a child process (`node <script> <json options>`, printing one JSON line), so that the
 * load they make does not take the CPU of the server they measure.
 */
export function loadFromAnotherProcess<Options, Result>(script: string, options: Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(output) as Result)
        : reject(new Error(`the load process exited ${code}`)),
    );
  });
}
