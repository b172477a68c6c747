import { HyeopchiConfig } from '@hyeopchi/config';
import { Logger } from '@nestjs/common';
import { DiagLogLevel, context, diag, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { setTracingActive } from './spans';

export interface Tracing {
  /** Whether spans are recorded and sent; false: no provider, nothing recorded, nothing sent. */
  readonly enabled: boolean;
  /** Sends the spans still waiting, then stops recording; never fails (a collector that is down is warned of). */
  shutdown(): Promise<void>;
}

type TracingSettings = Pick<
  HyeopchiConfig,
  'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'
>;

const OFF: Tracing = { enabled: false, shutdown: async () => undefined };

/**
 * Records this process's spans as `hyeopchi-<app>` and sends them by OTLP over HTTP (JSON) when an endpoint is
 * configured; the exporter reads the endpoint, its headers and timeout from the standard OTEL_EXPORTER_OTLP_*
 * variables, the batch processor its pace from OTEL_BSP_*, the sampler from OTEL_TRACES_SAMPLER. Unconfigured,
 * nothing is registered and the instrumented paths skip their spans. Call it before the application is built: a
 * span needs the context manager registered first to find its parent. `spanProcessors` replace the export (tests).
 */
export function startTracing(
  app: string,
  settings: TracingSettings,
  { spanProcessors }: { spanProcessors?: SpanProcessor[] } = {},
): Tracing {
  const configured = settings.OTEL_EXPORTER_OTLP_ENDPOINT ?? settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!spanProcessors && !configured) return OFF;
  const provider = new NodeTracerProvider({
    // OTEL_RESOURCE_ATTRIBUTES labels every span (deployment.environment, …); the service's name is ours
    resource: defaultResource()
      .merge(detectResources({ detectors: [envDetector] }))
      .merge(resourceFromAttributes({ 'service.name': `hyeopchi-${app}` })),
    spanProcessors: spanProcessors ?? [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // the AsyncLocalStorage context manager and the W3C trace-context (and baggage) propagator
  provider.register();
  reportProblemsToTheLog();
  setTracingActive(true);
  return {
    enabled: true,
    async shutdown() {
      setTracingActive(false);
      try {
        await provider.shutdown();
      } catch (error) {
        // a collector that is down costs the last spans, never a clean stop
        new Logger('Tracing').warn(`the last spans were not sent: ${String(error)}`);
      } finally {
        trace.disable();
        context.disable();
        propagation.disable();
        diag.disable();
      }
    },
  };
}

/** OpenTelemetry reports a failed export (a collector down, refusing) only to its own logger: this log's warnings. */
function reportProblemsToTheLog(): void {
  const logger = new Logger('Tracing');
  const warn = (message: string, ...args: unknown[]) => logger.warn([message, ...args.map(String)].join(' '));
  const ignore = () => undefined;
  diag.setLogger({ error: warn, warn, info: ignore, debug: ignore, verbose: ignore }, DiagLogLevel.WARN);
}
