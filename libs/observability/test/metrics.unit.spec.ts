import { HyeopchiConfig, loadConfiguration } from '@hyeopchi/config';
import { Logger, UnauthorizedException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { register } from 'prom-client';
import { SAMPLER_TIME_LIMIT_MS, sampledGauge } from '../src';
import {
  COLLECTION_KEPT_MS,
  MetricsClosedException,
  MetricsController,
} from '../src/metrics/metrics.controller';

const uniqueName = () => `hyeopchi_test_${randomBytes(4).toString('hex')}`;

/** The gauge's samples as a scrape reads them. */
async function samplesOf(name: string): Promise<{ labels: object; value: number }[]> {
  const metric = register.getSingleMetric(name)!;
  return (await metric.get()).values.map(({ labels, value }) => ({ labels, value }));
}

describe('a gauge sampled when scraped', () => {
  it('reads every tracked sampler, in whichever application of the process tracked it', async () => {
    const name = uniqueName();
    const config = { name, help: 'test', labelNames: ['context'] as const };
    sampledGauge(config).track(() => [{ labels: { context: 'civic' }, value: 3 }]);
    // a second application in the process gets the same gauge
    sampledGauge(config).track(async () => [{ labels: { context: 'department' }, value: 5 }]);

    expect(await samplesOf(name)).toEqual([
      { labels: { context: 'civic' }, value: 3 },
      { labels: { context: 'department' }, value: 5 },
    ]);
  });

  it('leaves out the series of a sampler that fails, and of one that stopped', async () => {
    const name = uniqueName();
    const gauge = sampledGauge({ name, help: 'test', labelNames: ['context'] });
    gauge.track(() => Promise.reject(new Error('the database is gone')));
    const untrack = gauge.track(() => [{ labels: { context: 'committee' }, value: 1 }]);
    gauge.track(() => [{ labels: { context: 'feedback' }, value: 2 }]);
    expect(await samplesOf(name)).toEqual([
      { labels: { context: 'committee' }, value: 1 },
      { labels: { context: 'feedback' }, value: 2 },
    ]);

    untrack();
    expect(await samplesOf(name)).toEqual([{ labels: { context: 'feedback' }, value: 2 }]);
  });

  it('leaves out the series of a sampler that never answers, after its time limit, and says so once', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const name = uniqueName();
      const gauge = sampledGauge({ name, help: 'test', labelNames: ['context'] });
      // a database that hangs: the query neither answers nor fails
      const untrack = gauge.track(() => new Promise(() => undefined));
      gauge.track(() => [{ labels: { context: 'civic' }, value: 4 }]);

      for (let scrape = 0; scrape < 2; scrape++) {
        expect(await samplesOf(name)).toEqual([{ labels: { context: 'civic' }, value: 4 }]);
      }
      const aboutIt = warned.mock.calls.filter(([message]) => String(message).startsWith(`${name}:`));
      expect(aboutIt).toEqual([
        [
          `${name}: a sampler did not answer within ${SAMPLER_TIME_LIMIT_MS} ms; its series are left out until it answers again`,
        ],
      ]);
      untrack();
    } finally {
      warned.mockRestore();
    }
  });
});

describe('GET /metrics', () => {
  const token = 'a-metrics-token-of-at-least-32-characters';
  const controller = (env: Record<string, string> = {}) =>
    new MetricsController(loadConfiguration(env) as HyeopchiConfig);

  it('answers anyone when no METRICS_TOKEN is set', async () => {
    const name = uniqueName();
    sampledGauge({ name, help: 'test', labelNames: [] }).track(() => [{ labels: {}, value: 7 }]);
    expect(await controller().scrape(undefined)).toContain(`\n${name} 7\n`);
  });

  it('answers only the bearer of METRICS_TOKEN when it is set', async () => {
    const guarded = controller({ METRICS_TOKEN: token });
    expect(() => guarded.scrape(undefined)).toThrow(UnauthorizedException);
    expect(() => guarded.scrape(`Bearer ${token}x`)).toThrow(UnauthorizedException);
    expect(() => guarded.scrape(`Basic ${token}`)).toThrow(UnauthorizedException);
    expect(await guarded.scrape(`Bearer ${token}`)).toContain('# TYPE');
  });

  describe('in production', () => {
    const nodeEnv = process.env.NODE_ENV;
    beforeEach(() => (process.env.NODE_ENV = 'production'));
    afterEach(() => (process.env.NODE_ENV = nodeEnv));

    it('answers no one without METRICS_TOKEN, and says which setting opens it', () => {
      const closed = controller();
      expect(() => closed.scrape(undefined)).toThrow(MetricsClosedException);
      expect(() => closed.scrape('Bearer anything-at-all-of-32-characters-or-more')).toThrow(/METRICS_TOKEN/);
      expect(new MetricsClosedException().getStatus()).toBe(403);
    });

    it('answers the bearer of METRICS_TOKEN', async () => {
      const name = uniqueName();
      sampledGauge({ name, help: 'test', labelNames: [] }).track(() => [{ labels: {}, value: 1 }]);
      const guarded = controller({ METRICS_TOKEN: token });
      expect(() => guarded.scrape(undefined)).toThrow(UnauthorizedException);
      expect(await guarded.scrape(`Bearer ${token}`)).toContain(`\n${name} 1\n`);
    });
  });

  it('refuses a METRICS_TOKEN too short to guess hard, without repeating it', () => {
    expect(() => loadConfiguration({ METRICS_TOKEN: 'short-token' })).toThrow(
      /METRICS_TOKEN \(11 characters, not shown\): expected a token of at least 32 characters/,
    );
  });

  it('collects once for scrapes that arrive together', async () => {
    const name = uniqueName();
    let collections = 0;
    sampledGauge({ name, help: 'test', labelNames: [] }).track(async () => {
      collections++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return [{ labels: {}, value: collections }];
    });
    let now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const metrics = controller();
      const [first, second] = await Promise.all([metrics.scrape(undefined), metrics.scrape(undefined)]);
      expect(second).toBe(first);
      expect(collections).toBe(1);

      // a flood right after: answered from the finished collection
      now += COLLECTION_KEPT_MS - 1;
      for (let scrape = 0; scrape < 20; scrape++) expect(await metrics.scrape(undefined)).toBe(first);
      expect(collections).toBe(1);

      now += 1;
      await metrics.scrape(undefined);
      expect(collections).toBe(2);
    } finally {
      clock.mockRestore();
    }
  });
});
