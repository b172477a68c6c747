import {
  Attributes,
  Context,
  INVALID_SPAN_CONTEXT,
  Link,
  Span,
  SpanKind,
  SpanStatusCode,
  context,
  trace,
} from '@opentelemetry/api';

let recording = false;

/** Whether spans are being recorded in this process: `startTracing` found somewhere to send them. */
export function tracingActive(): boolean {
  return recording;
}

/** For `startTracing` alone: the hot paths ask `tracingActive` rather than the API, which costs more. */
export function setTracingActive(active: boolean): void {
  recording = active;
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** By default the active context's span; a context extracted from a message otherwise. */
  parent?: Context;
  links?: Link[];
}

/** Given to the code of a span while tracing is off: it accepts attributes and keeps none. */
export const notRecording = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Runs `run` in a span of its own, active for whatever `run` awaits, and ends it when `run` settles; an exception
 * marks the span failed and is thrown on. With tracing off, `run` is called directly: nearly nothing is spent.
 */
export function inSpan<T>(name: string, options: SpanOptions, run: (span: Span) => Promise<T>): Promise<T> {
  if (!recording) return run(notRecording);
  const { parent = context.active(), ...spanOptions } = options;
  return trace.getTracer('hyeopchi').startActiveSpan(name, spanOptions, parent, async (span) => {
    try {
      return await run(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

export { SpanKind, SpanStatusCode };
export type { Span };
