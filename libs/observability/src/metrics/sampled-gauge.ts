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

const samplersByName = new Map<string, Set<Sampler<string>>>();

/**
 * A gauge read from the components that own its figures, at scrape time: each registers a sampler while it runs
 * and removes it when it stops, so a stopped relay or subscription leaves no stale series behind. Several
 * applications in one process share the gauge (by name) and each adds its own samplers. A sampler that fails
 * (its database gone) leaves its series out of that scrape: a missing series, not a wrong number.
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
      const sampled = await Promise.all(
        [...samplers].map((sampler) =>
          Promise.resolve()
            .then(sampler)
            .catch(() => []),
        ),
      );
      this.reset();
      for (const { labels, value } of sampled.flat()) this.set(labels, value);
    },
  });
  return samplers;
}
