import '@hyeopchi/command-processing';
import '@hyeopchi/event-infrastructure';
import '@hyeopchi/gateway';
import '@hyeopchi/messaging';
import { MetricsModule } from '@hyeopchi/observability';
import { projectPath } from '@hyeopchi/testing';
import { readFileSync } from 'node:fs';
import { register } from 'prom-client';
import { parse } from 'yaml';

interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string };
  annotations: { summary: string; description: string };
}

interface Panel {
  title: string;
  targets: { expr: string }[];
}

const HISTOGRAM_SERIES = /_(bucket|sum|count)$/;

/** The labels Prometheus adds to every scraped series: the job, the target and infra/prometheus's `service`. */
const TARGET_LABELS = ['job', 'instance', 'service'];

const alertRules = (): AlertRule[] =>
  (
    parse(readFileSync(projectPath('infra/prometheus/alerts.yml'), 'utf8')) as {
      groups: { name: string; rules: AlertRule[] }[];
    }
  ).groups.flatMap((group) => group.rules);

const dashboardPanels = (): Panel[] =>
  (JSON.parse(readFileSync(projectPath('infra/grafana/hyeopchi.json'), 'utf8')) as { panels: Panel[] })
    .panels;

/** The hyeopchi_* names an expression reads. */
const metricsIn = (expression: string): string[] => expression.match(/\bhyeopchi_[a-z0-9_]+/g) ?? [];

/** What the platform's modules register once loaded, as /metrics declares them: name → type. */
function exportedMetrics(): Map<string, string> {
  // the process metrics are registered when the first application assembles its metrics module
  new MetricsModule();
  return new Map(
    (register.getMetricsAsArray() as unknown as { name: string; type: string }[]).map(({ name, type }) => [
      name,
      type,
    ]),
  );
}

/** The metric a series name belongs to: a histogram's _bucket, _sum and _count are its own. */
function metricOf(series: string, exported: Map<string, string>): string | undefined {
  if (exported.has(series)) return series;
  const base = series.replace(HISTOGRAM_SERIES, '');
  return base !== series && exported.get(base) === 'histogram' ? base : undefined;
}

/** The labels a metric's series carry: those it registers, the target's, and a histogram bucket's `le`. */
function labelsOf(series: string, exported: Map<string, string>): string[] {
  const metric = metricOf(series, exported);
  const registered = metric ? register.getSingleMetric(metric) : undefined;
  const own = (registered as unknown as { labelNames?: string[] } | undefined)?.labelNames ?? [];
  return [...own, ...TARGET_LABELS, ...(series.endsWith('_bucket') ? ['le'] : [])];
}

/**
 * Labels an expression, or the annotations of its alert, use that its series do not carry: each aggregation's
 * `by (…)`, each selector's `{label…}`, and each `{{ $labels.x }}` (which must survive the aggregation).
 */
function labelProblems(expression: string, annotations: string, exported: Map<string, string>): string[] {
  const series = metricsIn(expression);
  const carried = new Set(
    series.length > 0 ? series.flatMap((name) => labelsOf(name, exported)) : TARGET_LABELS,
  );
  const listed = (pattern: RegExp) =>
    [...expression.matchAll(pattern)].flatMap((match) => match[1].split(',').map((label) => label.trim()));
  const grouped = listed(/\bby\s*\(([^)]*)\)/g);
  const selected = [...expression.matchAll(/\{([^}]*)\}/g)].flatMap((match) =>
    [...match[1].matchAll(/([a-z_]+)\s*(?:=~|!~|!=|=)/g)].map((label) => label[1]),
  );
  const kept = grouped.length > 0 ? new Set(grouped) : carried;
  const templated = [...annotations.matchAll(/\$labels\.([a-z_]+)/g)].map((match) => match[1]);
  return [
    ...[...grouped, ...selected]
      .filter((label) => !carried.has(label))
      .map((label) => `${label} on no series`),
    ...templated.filter((label) => !kept.has(label)).map((label) => `$labels.${label} not in the result`),
  ];
}

describe('the Prometheus alert rules and the Grafana dashboard in infra/', () => {
  it('alert rules parse, each with an expression, a severity and words for the operator', () => {
    const rules = alertRules();
    expect(rules.length).toBeGreaterThanOrEqual(6);
    for (const rule of rules) {
      expect(rule).toMatchObject({
        alert: expect.stringMatching(/^Hyeopchi[A-Za-z]+$/),
        expr: expect.any(String),
        labels: { severity: expect.stringMatching(/^(critical|warning|info)$/) },
        annotations: { summary: expect.any(String), description: expect.any(String) },
      });
      // PromQL brackets balance (Prometheus refuses the file otherwise)
      for (const [open, close] of ['()', '{}', '[]']) {
        expect([rule.alert, rule.expr.split(open).length]).toEqual([
          rule.alert,
          rule.expr.split(close).length,
        ]);
      }
    }
    expect(new Set(rules.map((rule) => rule.alert)).size).toBe(rules.length);
  });

  it('alert on relay lag, checkpoint age, dead letters, overdue reviews, the command error rate and a target down', () => {
    const named = new Set(alertRules().flatMap((rule) => metricsIn(rule.expr)));
    for (const metric of [
      'hyeopchi_relay_lag_events',
      'hyeopchi_checkpoint_age_seconds',
      'hyeopchi_dead_letters_total',
      'hyeopchi_overdue_reviews',
      'hyeopchi_commands_total',
    ]) {
      expect([metric, named.has(metric)]).toEqual([metric, true]);
    }
    expect(alertRules().some((rule) => /\bup\{job=~"hyeopchi-\.\*"\} == 0/.test(rule.expr))).toBe(true);
  });

  it('the scrape configuration reads the rules and every process of the stack', () => {
    const config = parse(readFileSync(projectPath('infra/prometheus/prometheus.yml'), 'utf8')) as {
      rule_files: string[];
      scrape_configs: { job_name: string; metrics_path: string; static_configs: { targets: string[] }[] }[];
    };
    expect(config.rule_files).toEqual(['alerts.yml']);
    const targets = config.scrape_configs.flatMap((job) => {
      expect(job.metrics_path).toBe('/metrics');
      expect(job.job_name).toMatch(/^hyeopchi-/);
      return job.static_configs.flatMap((targets) => targets.targets);
    });
    expect(targets.map((target) => target.split(':')[1]).sort()).toEqual([
      '4000',
      '4101',
      '4102',
      '4103',
      '4104',
    ]);
  });

  it('the dashboard parses and shows commands, refusals, latencies, lags, checkpoint age, overdue reviews, dead letters', () => {
    const panels = dashboardPanels();
    const ids = panels.map((panel) => (panel as unknown as { id: number }).id);
    expect(new Set(ids).size).toBe(ids.length);
    const named = new Set(
      panels.flatMap((panel) => panel.targets.flatMap((target) => metricsIn(target.expr))),
    );
    for (const metric of [
      'hyeopchi_commands_total',
      'hyeopchi_command_refusals_total',
      'hyeopchi_command_duration_seconds_bucket',
      'hyeopchi_append_duration_seconds_bucket',
      'hyeopchi_relay_lag_events',
      'hyeopchi_consumer_lag_events',
      'hyeopchi_projection_lag_seconds',
      'hyeopchi_checkpoint_age_seconds',
      'hyeopchi_overdue_reviews',
      'hyeopchi_dead_letters_total',
    ]) {
      expect([metric, named.has(metric)]).toEqual([metric, true]);
    }
  });

  it('every metric the rules and the dashboard name is one the platform exports', () => {
    const exported = exportedMetrics();
    const named = [
      ...alertRules().map((rule) => rule.expr),
      ...dashboardPanels().flatMap((panel) => panel.targets.map((target) => target.expr)),
    ].flatMap(metricsIn);
    expect(named.length).toBeGreaterThan(0);
    const unknown = [...new Set(named)].filter((series) => metricOf(series, exported) === undefined);
    expect(unknown).toEqual([]);
  });

  it("uses only labels that the series carry, in aggregations, selectors and the alerts' words", () => {
    const exported = exportedMetrics();
    const problems = [
      ...alertRules().map((rule) => ({
        where: rule.alert,
        problems: labelProblems(rule.expr, JSON.stringify(rule.annotations), exported),
      })),
      ...dashboardPanels().flatMap((panel) =>
        panel.targets.map((target) => ({
          where: panel.title,
          problems: labelProblems(target.expr, '', exported),
        })),
      ),
    ].filter((found) => found.problems.length > 0);
    expect(problems).toEqual([]);
  });

  it('adds consumer lag up over replicas, which hold disjoint partitions, and takes the max of what all read alike', () => {
    const expressions = [
      ...alertRules().map((rule) => rule.expr),
      ...dashboardPanels().flatMap((panel) => panel.targets.map((target) => target.expr)),
    ];
    const aggregationsOf = (metric: string) =>
      expressions
        .filter((expression) => metricsIn(expression).includes(metric))
        .map((expression) => /^\s*(\w+) by/.exec(expression)?.[1]);
    expect(aggregationsOf('hyeopchi_consumer_lag_events')).toEqual(['sum', 'sum']);
    for (const metric of [
      'hyeopchi_relay_lag_events',
      'hyeopchi_checkpoint_age_seconds',
      'hyeopchi_overdue_reviews',
    ]) {
      expect([metric, new Set(aggregationsOf(metric))]).toEqual([metric, new Set(['max'])]);
    }
  });

  it('finds a label that is not on the series, or that the aggregation drops', () => {
    const exported = exportedMetrics();
    expect(labelProblems('max by (service_name) (hyeopchi_relay_lag_events) > 1', '', exported)).toEqual([
      'service_name on no series',
    ]);
    expect(labelProblems('sum(hyeopchi_commands_total{outcom="failed"})', '', exported)).toEqual([
      'outcom on no series',
    ]);
    expect(
      labelProblems('max by (context) (hyeopchi_relay_lag_events)', '{{ $labels.consumer }}', exported),
    ).toEqual(['$labels.consumer not in the result']);
    expect(
      labelProblems(
        'histogram_quantile(0.95, sum by (le, context) (rate(hyeopchi_append_duration_seconds_bucket[5m])))',
        '{{ $labels.context }} {{ $labels.instance }}',
        exported,
      ),
    ).toEqual(['$labels.instance not in the result']);
    expect(labelProblems('up{job=~"hyeopchi-.*"} == 0', '{{ $labels.service }}', exported)).toEqual([]);
  });

  it('maps a histogram series to its histogram only', () => {
    const exported = new Map([
      ['hyeopchi_command_duration_seconds', 'histogram'],
      ['hyeopchi_commands_total', 'counter'],
    ]);
    expect(metricOf('hyeopchi_command_duration_seconds_bucket', exported)).toBe(
      'hyeopchi_command_duration_seconds',
    );
    expect(metricOf('hyeopchi_command_duration_seconds_count', exported)).toBe(
      'hyeopchi_command_duration_seconds',
    );
    expect(metricOf('hyeopchi_commands_total_count', exported)).toBeUndefined();
    expect(metricOf('hyeopchi_command_duration', exported)).toBeUndefined();
  });
});
