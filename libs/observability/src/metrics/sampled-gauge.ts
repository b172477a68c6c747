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
  let samplers = samplersByName.get(config.name);
  if (!samplers) {
    const live = new Set<Sampler<string>>();
    samplers = live;
    samplersByName.set(config.name, live);
    gauge<Label>({
      ...config,
      async collect() {
        this.reset();
        const sampled = await Promise.all(
          [...live].map(async (sampler) => {
            try {
              return await sampler();
            } catch {
              return [];
            }
          }),
        );
        for (const { labels, value } of sampled.flat()) this.set(labels, value);
      },
    });
  }
  const tracked = samplers;
  return {
    track(sampler) {
      tracked.add(sampler as Sampler<string>);
      return () => void tracked.delete(sampler as Sampler<string>);
    },
  };
}
