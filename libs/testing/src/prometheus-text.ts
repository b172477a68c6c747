/** One sample of a scrape in Prometheus's text exposition format. */
export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface PrometheusScrape {
  /** Every metric family the scrape declares (`# TYPE`), with its type, samples or not. */
  types: Map<string, string>;
  samples: PrometheusSample[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/g;

/** Parses a scrape as Prometheus reads it (version 0.0.4 of the text format); a line it cannot read throws. */
export function parsePrometheusText(text: string): PrometheusScrape {
  const scrape: PrometheusScrape = { types: new Map(), samples: [] };
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('# HELP ')) continue;
    if (line.startsWith('# TYPE ')) {
      const [name, type] = line.slice('# TYPE '.length).split(' ');
      scrape.types.set(name, type);
      continue;
    }
    if (line.startsWith('#')) continue;
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not a Prometheus sample line: ${line}`);
    const [, name, labelText = '', value] = sample;
    const labels: Record<string, string> = {};
    for (const [, label, escaped] of labelText.matchAll(LABEL)) {
      labels[label] = escaped.replace(/\\(["\\n])/g, (_, char: string) => (char === 'n' ? '\n' : char));
    }
    scrape.samples.push({ name, labels, value: Number(value) });
  }
  return scrape;
}

/** The sum of the samples named `name` whose labels include `labels` (0 when there is none). */
export function sampleSum(
  scrape: PrometheusScrape,
  name: string,
  labels: Record<string, string> = {},
): number {
  return scrape.samples
    .filter(
      (sample) =>
        sample.name === name &&
        Object.entries(labels).every(([label, value]) => sample.labels[label] === value),
    )
    .reduce((sum, sample) => sum + sample.value, 0);
}

/** The samples named `name`, for assertions on which series exist. */
export function samplesOf(scrape: PrometheusScrape, name: string): PrometheusSample[] {
  return scrape.samples.filter((sample) => sample.name === name);
}

/** `GET <origin>/metrics` (as the bearer of `token` when given), parsed; a response that is not 200 in the text format throws. */
export async function scrapeMetrics(origin: string, token?: string): Promise<PrometheusScrape> {
  const response = await fetch(`${origin}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (response.status !== 200) throw new Error(`GET ${origin}/metrics answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/plain')) throw new Error(`GET ${origin}/metrics answered ${type}`);
  return parsePrometheusText(await response.text());
}
