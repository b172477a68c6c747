import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { isAlive } from './process';
import { projectPath } from './project';

const run = promisify(execFile);
const scripts = projectPath('infra/kafka');

/** A broker of its own for a test that stops and restarts Kafka, so other suites keep theirs. */
export interface DedicatedBroker {
  brokers: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Kills the broker outright (SIGKILL), as a power cut would: nothing flushed, nothing handed over. */
  kill(): Promise<void>;
  /** Stops the broker and deletes its data. */
  destroy(): Promise<void>;
}

/**
 * `advertisedPort`, when set, is the port clients are sent to after bootstrapping instead of `port`: a proxy's in
 * front of the broker. Its default, `port`, is what `brokers` lists.
 */
export function dedicatedBroker(port: number, options: { advertisedPort?: number } = {}): DedicatedBroker {
  const dataDir = resolve(`data/test-kafka-${port}`);
  const env = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(port + 1),
    KAFKA_ADVERTISED_PORT: String(options.advertisedPort ?? port),
    KAFKA_DATA_DIR: dataDir,
  };
  const script = async (name: string) => void (await run('bash', [`${scripts}/${name}`], { env }));
  return {
    brokers: [`127.0.0.1:${port}`],
    start: () => script('start.sh'),
    stop: () => script('stop.sh'),
    kill: async () => {
      const pidFile = `${dataDir}/broker.pid`;
      const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
      if (!pid) return;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
      while (isAlive(pid)) await new Promise((done) => setTimeout(done, 100));
      await rm(pidFile, { force: true });
    },
    destroy: async () => {
      await script('stop.sh');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
