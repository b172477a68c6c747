import { Logger } from '@nestjs/common';
import { gauge } from './get-or-create';

export interface Sample<Label extends string> {
  labels: Partial<Record<Label, string>>;
  value: number;
}

/** Reads a live component's current figures when the metrics are scraped. */
export type Sampler<Label extends string> = () =>
  Promise<readonly Sample<Label>[]> | readonly Sample<Label>[];

export interface SampledGaugeConfiguration<Label extends string> {
  name: string;
  help: string;
  labelNames: readonly Label[];
}

/** How long a scrape waits for one sampler: well inside Prometheus's scrape timeout (10 s by default). */
export const SAMPLER_TIME_LIMIT_MS = 2_000;

const samplersByName = new Map<string, Set<Sampler<string>>>();
const logger = new Logger('Metrics');
/** Samplers whose last answer was late or failed: logged when they start to, not at every scrape. */
const unanswering = new WeakSet<Sampler<string>>();

/**
 * A gauge read from the components that own its figures, at scrape time: each registers a sampler while it runs
 * and removes it when it stops, so a stopped relay or subscription leaves no stale series behind. Several
 * applications in one process share the gauge (by name) and each adds its own samplers. A sampler that fails
 * (its database gone), or does not answer within SAMPLER_TIME_LIMIT_MS (its database hanging), leaves its series
 * out of that scrape: a missing series, not a wrong number, and a scrape that still answers in time.
 */
export function sampledGauge<Label extends string>(
  config: SampledGaugeConfiguration<Label>,
): { track(sampler: Sampler<Label>): () => void } {
  const samplers = samplersOf(config);
  return {
    track(sampler) {
      samplers.add(sampler as Sampler<string>);
      return () => void samplers.delete(sampler as Sampler<string>);
    },
  };
}

function samplersOf<Label extends string>(config: SampledGaugeConfiguration<Label>): Set<Sampler<string>> {
  const known = samplersByName.get(config.name);
  if (known) return known;
  const samplers = new Set<Sampler<string>>();
  samplersByName.set(config.name, samplers);
  gauge<Label>({
    ...config,
    async collect() {
      const sampled = await Promise.all([...samplers].map((sampler) => sampleInTime(config.name, sampler)));
      this.reset();
      for (const { labels, value } of sampled.flat()) this.set(labels, value);
    },
  });
  return samplers;
}

async function sampleInTime(gaugeName: string, sampler: Sampler<string>): Promise<readonly Sample<string>[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, SAMPLER_TIME_LIMIT_MS, undefined);
  });
  try {
    const samples = await Promise.race([Promise.resolve().then(sampler), late]);
    if (samples === undefined) {
      return leftOut(gaugeName, sampler, `did not answer within ${SAMPLER_TIME_LIMIT_MS} ms`);
    }
    unanswering.delete(sampler);
    return samples;
  } catch (error) {
    return leftOut(gaugeName, sampler, `failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

function leftOut(gaugeName: string, sampler: Sampler<string>, why: string): [] {
  if (!unanswering.has(sampler)) {
    unanswering.add(sampler);
    logger.warn(`${gaugeName}: a sampler ${why}; its series are left out until it answers again`);
  }
  return [];
}
