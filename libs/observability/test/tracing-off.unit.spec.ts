import {
  activeTraceContext,
  contextCarriedBy,
  inCarriedSpan,
  inSpan,
  linksToCarried,
  startTracing,
  tracingActive,
} from '@hyeopchi/observability';
import { context, trace } from '@opentelemetry/api';

const TRACEPARENT = `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`;

describe('tracing with no OTLP endpoint configured', () => {
  it('registers nothing, records nothing, carries nothing, and runs the work all the same', async () => {
    const tracing = startTracing('test', {});
    expect(tracing.enabled).toBe(false);
    expect(tracingActive()).toBe(false);
    // no provider registered: the API's tracer is the no-op one, so there is nothing that could export
    expect(trace.getTracer('any').startSpan('probe').isRecording()).toBe(false);

    const answer = await inSpan('command', {}, async (span) => {
      expect(span.isRecording()).toBe(false);
      span.setAttribute('hyeopchi.outcome', 'accepted');
      return activeTraceContext();
    });
    expect(answer).toEqual({});
    expect(contextCarriedBy({ traceparent: TRACEPARENT })).toBeUndefined();
    expect(linksToCarried([{ traceparent: TRACEPARENT }])).toEqual([]);
    await expect(
      inCarriedSpan('consume', { traceparent: TRACEPARENT }, {}, async () => trace.getSpan(context.active())),
    ).resolves.toBeUndefined();
    await expect(
      inSpan('failing', {}, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await tracing.shutdown();
  });
});
