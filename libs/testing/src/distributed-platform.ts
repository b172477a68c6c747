import { CONTEXTS } from '@hyeopchi/context-names';
import { eventually } from './eventually';
import { healthOf } from './health';
import { RunningProcess, startProcess } from './process';
import { freeTcpPort } from './services';
import { projectPath } from './project';

export interface PlatformInstance {
  /** `civic`, …, or `gateway`. */
  app: string;
  port: number;
  /** The one running now: `restart` replaces it. */
  process: RunningProcess;
}

export interface DistributedPlatform {
  /** Every instance of each app, by app: `replicas` of each. */
  instances: Record<string, PlatformInstance[]>;
  /** The gateways' GraphQL addresses, one per replica. */
  graphqlUrls: string[];
  /** What every instance printed, for a failure's message. */
  output(): string;
  /**
   * Stops the instance (SIGTERM, or whatever already ended it) and starts its app again on the same port, with
   * `env` over the platform's; resolves once it answers its health check.
   */
  restart(instance: PlatformInstance, env?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

export interface DistributedPlatformOptions {
  /** How many processes of each service and of the gateway. */
  replicas: number;
  /**
   * DATABASE_URL, KAFKA_BROKERS, KAFKA_TOPIC_NAMESPACE, JWT_SECRET and whatever else the processes share; the
   * rest of the environment is this process's, without its DATABASE_URL and KAFKA_BROKERS.
   */
  env: Record<string, string>;
  /** What one app's processes are given over `env`: e.g. a DATABASE_URL through a proxy of its own. */
  envOf?(app: string): Record<string, string>;
}

/**
 * The distributed platform as processes from the build (`dist/`): `replicas` of each service (civic, department,
 * committee, feedback) and of the gateway, on one database and one Kafka cluster. Resolves once every one
 * answers its health check; a failed start stops what started.
 */
export async function startDistributedPlatform({
  replicas,
  env,
  envOf = () => ({}),
}: DistributedPlatformOptions): Promise<DistributedPlatform> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'KAFKA_BROKERS'].includes(name)),
  );
  const instances: Record<string, PlatformInstance[]> = {};
  const launch = (app: string, port: number, extra: Record<string, string> = {}) =>
    startProcess('node', [projectPath(`dist/apps/${app}/src/main.js`)], {
      ...inherited,
      LOG_LEVEL: 'warn',
      ...env,
      ...envOf(app),
      ...extra,
      PORT: String(port),
    });
  const start = async (app: string): Promise<PlatformInstance> => {
    const port = await freeTcpPort();
    const instance = { app, port, process: launch(app, port) };
    (instances[app] ??= []).push(instance);
    await answeringHealth(instance.process, port);
    return instance;
  };
  const restart = async (instance: PlatformInstance, extra?: Record<string, string>) => {
    await instance.process.stop();
    instance.process = launch(instance.app, instance.port, extra);
    await answeringHealth(instance.process, instance.port);
  };
  const all = () => Object.values(instances).flat();
  const stop = async () => void (await Promise.all(all().map((instance) => instance.process.stop())));
  try {
    // the services first: a gateway's command client needs their topics. Replicas after the first start once
    // it made the topics: two creating a topic at once can find it without a leader for a while.
    for (const apps of [CONTEXTS, ['gateway']]) {
      await Promise.all(apps.map((app) => start(app)));
      for (let replica = 1; replica < replicas; replica++) await Promise.all(apps.map((app) => start(app)));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    instances,
    graphqlUrls: instances.gateway.map(({ port }) => `http://127.0.0.1:${port}/graphql`),
    output: () =>
      all()
        .map((instance) => `== ${instance.app}:${instance.port}\n${instance.process.output()}`)
        .join('\n'),
    restart,
    stop,
  };
}

/** Ten processes starting on a shared machine take a while: a start fails when the process ends or after 2 min. */
async function answeringHealth(started: RunningProcess, port: number): Promise<void> {
  const exited = started.exited.then((exit) => {
    throw new Error(`exited (${JSON.stringify(exit)})`);
  });
  const healthy = eventually(() => healthOf(port), 120_000, 200);
  try {
    await Promise.race([healthy, exited]);
  } catch (error) {
    throw new Error(
      `no health on port ${port}: ${(error as Error).message}\nthe process printed:\n${started.output()}`,
    );
  } finally {
    exited.catch(() => undefined);
    healthy.catch(() => undefined);
  }
}
