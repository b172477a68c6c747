import { healthDatabaseName } from './health-environment';
import { loadConfiguration } from '@hyeopchi/config';
import { EventInfrastructureModule, createApplication } from '@hyeopchi/event-infrastructure';
import { LogCapture, eventually, freeTcpPort, freshDatabase, testDatabaseUrl } from '@hyeopchi/testing';
import { DynamicModule, INestApplication } from '@nestjs/common';

/** Terminus's answer (live, ready), or the report (GET /health). */
export interface Answer {
  status: number;
  body: {
    status: string;
    info: Record<string, Record<string, unknown>>;
    error: Record<string, Record<string, unknown>>;
  };
}

/**
 * Real applications asked over HTTP, on the test's own database and the environment `health-environment` set:
 * registers the hooks that make the database and close the applications; call it inside a `describe`.
 */
export function healthHarness() {
  const logs = new LogCapture();
  let database: { value: string; stop(): Promise<void> };
  const running: INestApplication[] = [];

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), healthDatabaseName);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((app) => app.close()));
  });
  afterAll(async () => {
    await database?.stop();
  });

  const ask = async (port: number, path: string): Promise<Answer> => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };
  const answered = (port: number, path: string, status: number) =>
    eventually(
      async () => {
        const answer = await ask(port, path);
        expect(answer.status).toBe(status);
        return answer;
      },
      40_000,
      100,
    );

  /**
   * The application as a service's process creates it (the gateway's owns no context), inside `module` if given;
   * the caller awaits it and `listen`s.
   */
  async function creating(
    contexts: readonly string[] = ['civic'],
    module: (infrastructure: DynamicModule) => DynamicModule = (infrastructure) => infrastructure,
  ): Promise<{ port: number; app: Promise<INestApplication> }> {
    const port = await freeTcpPort();
    const config = loadConfiguration({ ...process.env, PORT: String(port) });
    const infrastructure = EventInfrastructureModule.forContexts(contexts, 'health-test');
    const app = createApplication(module(infrastructure), config, { logDestination: logs }).then(
      (created) => {
        running.push(created);
        return created;
      },
    );
    return { port, app };
  }
  async function started(...options: Parameters<typeof creating>): Promise<number> {
    const { port, app } = await creating(...options);
    await (await app).listen(port, '127.0.0.1');
    return port;
  }

  return { logs, running, database: () => database, ask, answered, creating, started };
}
