import { Context, Link, ROOT_CONTEXT, Span, context, propagation, trace } from '@opentelemetry/api';
import { SpanOptions, inSpan, notRecording, tracingActive } from './spans';

/**
 * The W3C trace context as it travels where the process's own context does not reach: a Kafka message's headers,
 * an event's stored metadata, the CloudEvents distributed-tracing extension. Only `traceparent` (random ids and a
 * flag): `tracestate` is free text a caller chooses, and stored metadata is hashed, audited and never erased.
 */
// a type rather than an interface: it is then a record of its fields, as the readers of a carrier take it
export type TraceContextFields = {
  traceparent?: string;
};

/** Longer values are not W3C trace context: ignored. */
const MAX_FIELD_LENGTH = 8_192;

/** The active span's trace context, to carry along; empty with tracing off or no span active. */
export function activeTraceContext(): TraceContextFields {
  if (!tracingActive() || !trace.getSpan(context.active())) return {};
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? { traceparent: carrier.traceparent } : {};
}

/**
 * The context that `fields` carry, to parent the spans of their receiver: undefined with tracing off, or when
 * they carry none. Header values may be Kafka's buffers; a malformed traceparent is ignored by the propagator.
 */
export function contextCarriedBy(fields: Record<string, unknown> | undefined): Context | undefined {
  if (!tracingActive() || !fields) return undefined;
  const traceparent = textOf(fields.traceparent);
  if (!traceparent) return undefined;
  const carried = propagation.extract(ROOT_CONTEXT, { traceparent });
  return trace.getSpanContext(carried) ? carried : undefined;
}

function textOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  const text = Buffer.isBuffer(first) ? first.toString() : first;
  return typeof text === 'string' && text.length <= MAX_FIELD_LENGTH ? text : undefined;
}

/**
 * Where a request's span hangs, given the trace context its caller sent. A trusted hop (our own proxy, which
 * traces) has the span join its trace; anyone else's is only linked, in a trace of our own: an anonymous caller
 * must neither choose the trace ids stored with our events nor force our sampling with its flag.
 */
export function placeUnderCaller(
  headers: Record<string, unknown>,
  trustedHop: boolean,
): Pick<SpanOptions, 'parent' | 'links'> {
  const carried = contextCarriedBy(headers);
  if (trustedHop) return { parent: carried ?? ROOT_CONTEXT };
  const callerContext = carried && trace.getSpanContext(carried);
  return { parent: ROOT_CONTEXT, links: callerContext ? [{ context: callerContext }] : [] };
}

/**
 * Runs `run` in a span continuing the trace that `carrier` carries (a message's headers, an event's metadata).
 * Without one, it runs in no trace at all: a consumer's loop may have started in an unrelated request's context,
 * whose trace the handling must not join.
 */
export function inCarriedSpan<T>(
  name: string,
  carrier: Record<string, unknown> | undefined,
  options: Omit<SpanOptions, 'parent'>,
  run: (span: Span) => Promise<T>,
): Promise<T> {
  if (!tracingActive()) return run(notRecording);
  const parent = contextCarriedBy(carrier);
  if (!parent) return context.with(ROOT_CONTEXT, () => run(notRecording));
  return inSpan(name, { ...options, parent }, run);
}

/** Links to the traces that `carriers` carry, other than the active one's: commands that shared one append. */
export function linksToCarried(carriers: readonly (Record<string, unknown> | undefined)[]): Link[] {
  if (!tracingActive()) return [];
  const active = trace.getSpanContext(context.active())?.spanId;
  const links = new Map<string, Link>();
  for (const carrier of carriers) {
    const carried = contextCarriedBy(carrier);
    const spanContext = carried && trace.getSpanContext(carried);
    if (spanContext && spanContext.spanId !== active) links.set(spanContext.spanId, { context: spanContext });
  }
  return [...links.values()];
}
