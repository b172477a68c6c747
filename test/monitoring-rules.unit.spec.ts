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
