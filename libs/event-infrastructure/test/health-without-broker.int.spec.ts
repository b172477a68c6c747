import './no-broker-environment';
import { healthHarness } from './health-harness';
import { eventually } from '@hyeopchi/testing';

/** Readiness with the Kafka cluster unreachable: a service needs it, the gateway does not. */
describe('health without the Kafka cluster', () => {
  const { ask, answered, started } = healthHarness();

  it('keeps a service out of the load balancer while the Kafka cluster does not answer', async () => {
    const port = await started(['civic']);
    const unready = await answered(port, '/health/ready', 503);
    expect(unready.body.error.broker).toEqual({
      status: 'down',
      message: 'the Kafka cluster does not answer',
    });
    expect((await ask(port, '/health')).body).toMatchObject({ status: 'degraded', broker: 'down' });
  }, 120_000);

  it('keeps the gateway ready while the Kafka cluster does not answer: its reads need only PostgreSQL', async () => {
    const port = await started([]);
    const report = await eventually(
      async () => {
        const answer = await ask(port, '/health');
        expect(answer.body).toMatchObject({ broker: 'down' });
        return answer;
      },
      40_000,
      100,
    );
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ status: 'ok', bus: 'kafka', database: { status: 'up' } });
    const ready = await ask(port, '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).not.toHaveProperty('broker');
  }, 120_000);
});
