import {
  OtlpReceiver,
  Started,
  freeTcpPort,
  projectPath,
  startOtlpReceiver,
  startProcess,
} from '@hyeopchi/testing';
import { execSync } from 'node:child_process';

/**
 * A process of the build that starts tracing as an app's main does, handles three "commands" in spans and stops.
 * Its own process, not jest's: the exporter loads its HTTP agent by a dynamic import, which jest's sandbox refuses.
 */
const TRACED_PROCESS = `
const { inSpan, startTracing } = require(${JSON.stringify(projectPath('dist/libs/observability/src'))});
(async () => {
  const tracing = startTracing('civic', { OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT });
  const answers = await Promise.all([1, 2, 3].map((i) => inSpan('handle ' + i, {}, async () => i)));
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.RUN_FOR_MS)));
  await tracing.shutdown();
  console.log('answered ' + answers.join(','));
})();`;

/** With the batch's delay longer than `runForMs`, the spans leave at shutdown; shorter, while the process runs. */
async function runTracedProcess(
  endpoint: string,
  { runForMs, batchDelayMs }: { runForMs: number; batchDelayMs: number },
): Promise<{ code: number | null; output: string }> {
  const started = startProcess('node', ['-e', TRACED_PROCESS], {
    ...process.env,
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_EXPORTER_OTLP_TIMEOUT: '2000',
    OTEL_BSP_SCHEDULE_DELAY: String(batchDelayMs),
    RUN_FOR_MS: String(runForMs),
    OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=test,service.name=not-ours',
  });
  const { code } = await started.exited;
  return { code, output: started.output() };
}

describe('spans exported by OTLP/HTTP', () => {
  let receiver: Started<OtlpReceiver>;
  beforeAll(async () => {
    execSync('npm run --silent build:server', { cwd: projectPath(), stdio: 'inherit' });
    receiver = await startOtlpReceiver();
  }, 120_000);
  afterAll(() => receiver?.stop());

  it('sends them in JSON to the configured collector, named for the app and labelled, the last ones at shutdown', async () => {
    const atShutdown = { runForMs: 0, batchDelayMs: 60_000 };
    expect(await runTracedProcess(receiver.value.url, atShutdown)).toEqual({
      code: 0,
      output: 'answered 1,2,3\n',
    });
    const spans = receiver.value.spans();
    expect(spans.map(({ name }) => name).sort()).toEqual(['handle 1', 'handle 2', 'handle 3']);
    for (const { service, resource } of spans) {
      expect(service).toBe('hyeopchi-civic');
      expect(resource['deployment.environment']).toBe('test');
    }
  });

  it.each([
    ['while running, saying so in the log', { runForMs: 1_000, batchDelayMs: 50 }, 'ECONNREFUSED'],
    [
      'at shutdown, saying so in the log',
      { runForMs: 0, batchDelayMs: 60_000 },
      'the last spans were not sent',
    ],
  ])('costs the spans, never the work, when the collector is down: %s', async (_when, pace, warning) => {
    const nobody = `http://127.0.0.1:${await freeTcpPort()}`;
    const { code, output } = await runTracedProcess(nobody, pace);
    expect(code).toBe(0);
    expect(output).toContain(warning);
    expect(output).toContain('answered 1,2,3');
  });
});
