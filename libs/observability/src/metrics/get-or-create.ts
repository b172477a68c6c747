import {
  Counter,
  CounterConfiguration,
  Gauge,
  GaugeConfiguration,
  Histogram,
  HistogramConfiguration,
  register,
} from 'prom-client';

// Metrics live on prom-client's default registry, so a module defines the metrics it owns where it owns them. The
// standalone process and the test suites build several applications in one process: a metric already registered
// under its name is the same metric, reused rather than registered twice.

export function counter<Label extends string>(config: CounterConfiguration<Label>): Counter<Label> {
  return (register.getSingleMetric(config.name) as Counter<Label> | undefined) ?? new Counter(config);
}

export function gauge<Label extends string>(config: GaugeConfiguration<Label>): Gauge<Label> {
  return (register.getSingleMetric(config.name) as Gauge<Label> | undefined) ?? new Gauge(config);
}

export function histogram<Label extends string>(config: HistogramConfiguration<Label>): Histogram<Label> {
  return (register.getSingleMetric(config.name) as Histogram<Label> | undefined) ?? new Histogram(config);
}
