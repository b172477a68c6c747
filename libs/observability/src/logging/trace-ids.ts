import { isSpanContextValid, trace } from '@opentelemetry/api';

/** The active span's ids, the way OpenTelemetry's log correlation names them; nothing when no tracer is registered. */
export function activeTraceIds(): { trace_id?: string; span_id?: string } {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
