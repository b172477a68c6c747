import {
  SpanKind,
  Tracing,
  activeTraceContext,
  contextCarriedBy,
  inCarriedSpan,
  inSpan,
  linksToCarried,
  placeUnderCaller,
  startTracing,
} from '@hyeopchi/observability';
import { ROOT_CONTEXT, context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('trace context carried where the async context does not reach', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  beforeAll(() => {
    tracing = startTracing('test', {}, { spanProcessors: [new SimpleSpanProcessor(exporter)] });
  });
  afterAll(() => tracing.shutdown());
  beforeEach(() => exporter.reset());

  const finished = (name: string) => {
    const span = exporter.getFinishedSpans().find((finishedSpan) => finishedSpan.name === name);
    if (!span) throw new Error(`no span ${name} among ${exporter.getFinishedSpans().map((s) => s.name)}`);
    return span;
  };

  it('gives the active span as a W3C traceparent, and nothing outside a span', async () => {
    expect(activeTraceContext()).toEqual({});
    const carried = await inSpan('command', {}, async (span) => {
      const fields = activeTraceContext();
      expect(fields.traceparent).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
      return fields;
    });
    expect(carried.traceparent).toMatch(TRACEPARENT);
  });

  it('continues a carried trace as a child, from Kafka header buffers as from stored metadata', async () => {
    const carried = await inSpan('send', { kind: SpanKind.PRODUCER }, async () => activeTraceContext());
    const headers = {
      traceparent: Buffer.from(carried.traceparent!),
      'hyeopchi-request-id': Buffer.from('r'),
    };
    await inCarriedSpan('receive', headers, { kind: SpanKind.CONSUMER }, async () => undefined);
    await inCarriedSpan('project', { actor: 'kim', ...carried }, {}, async () => undefined);
    const send = finished('send');
    for (const child of [finished('receive'), finished('project')]) {
      expect(child.spanContext().traceId).toBe(send.spanContext().traceId);
      expect(child.parentSpanContext?.spanId).toBe(send.spanContext().spanId);
    }
    expect(finished('receive').kind).toBe(SpanKind.CONSUMER);
  });

  it("never carries a tracestate on, not even a parent's: it is free text, and stored metadata is forever", async () => {
    const traceparent = `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`;
    const tracestate = 'portal=citizen-kim.minji@example.kr';
    expect(contextCarriedBy({ traceparent, tracestate })).toBeDefined();
    const withState = propagation.extract(ROOT_CONTEXT, { traceparent, tracestate });
    const carried = await inSpan('handle', { parent: withState }, async () => activeTraceContext());
    expect(carried).toEqual({ traceparent: expect.stringMatching(TRACEPARENT) });
    const fromHeaders = await inCarriedSpan('receive', { traceparent, tracestate }, {}, async () =>
      activeTraceContext(),
    );
    expect(fromHeaders).toEqual({ traceparent: expect.stringMatching(TRACEPARENT) });
  });

  describe("a request's span, given the trace context its caller sent", () => {
    const callerTrace = 'c'.repeat(32);
    const callerSpan = 'd'.repeat(16);
    const headers = { traceparent: `00-${callerTrace}-${callerSpan}-01`, tracestate: 'portal=kim' };
    const mutation = (trustedHop: boolean, sent: Record<string, unknown>) =>
      inSpan('unrelated request', {}, () =>
        inSpan('mutation', { kind: SpanKind.SERVER, ...placeUnderCaller(sent, trustedHop) }, async () =>
          activeTraceContext(),
        ),
      );

    it("begins a trace of its own for an untrusted caller, linked to the caller's", async () => {
      const carried = await mutation(false, headers);
      const span = finished('mutation');
      expect(span.parentSpanContext).toBeUndefined();
      expect(span.spanContext().traceId).not.toBe(callerTrace);
      expect(span.links.map((link) => [link.context.traceId, link.context.spanId])).toEqual([
        [callerTrace, callerSpan],
      ]);
      expect(span.links[0].context.traceState).toBeUndefined();
      expect(carried.traceparent).toContain(span.spanContext().traceId);
    });

    it('links nothing when the caller sent no valid traceparent, and joins no trace around it', async () => {
      await mutation(false, { traceparent: 'hello' });
      expect(finished('mutation').parentSpanContext).toBeUndefined();
      expect(finished('mutation').links).toEqual([]);
    });

    it("joins a trusted hop's trace, still without its tracestate", async () => {
      const carried = await mutation(true, headers);
      const span = finished('mutation');
      expect(span.spanContext().traceId).toBe(callerTrace);
      expect(span.parentSpanContext?.spanId).toBe(callerSpan);
      expect(span.spanContext().traceState).toBeUndefined();
      expect(carried).toEqual({ traceparent: `00-${callerTrace}-${span.spanContext().spanId}-01` });
    });

    it('begins a trace of its own for a trusted hop that sent none', async () => {
      await mutation(true, {});
      expect(finished('mutation').parentSpanContext).toBeUndefined();
    });
  });

  it('handles what carries no trace in no trace at all, even inside an unrelated span', async () => {
    await inSpan('unrelated request', {}, async () => {
      await inCarriedSpan('consume', { actor: 'kim' }, {}, async () => {
        expect(trace.getSpan(context.active())).toBeUndefined();
        expect(activeTraceContext()).toEqual({});
      });
    });
    expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual(['unrelated request']);
  });

  it.each([
    ['not a traceparent', 'hello'],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${'a'.repeat(16)}-01`],
    ['too long', `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01${'x'.repeat(9_000)}`],
    ['not text', 42],
  ])('ignores a traceparent that is %s', (_what, traceparent) => {
    expect(contextCarriedBy({ traceparent })).toBeUndefined();
  });

  it('marks a span failed when its work throws, and throws on', async () => {
    await expect(
      inSpan('append', {}, async () => {
        throw new Error('conflict');
      }),
    ).rejects.toThrow('conflict');
    expect(finished('append').status).toEqual({ code: 2, message: 'Error: conflict' });
    expect(finished('append').events.map((event) => event.name)).toEqual(['exception']);
  });

  it('links an append to the other traces that share it, once each, not to its own', async () => {
    const [first, second] = await Promise.all(
      ['one', 'two'].map((name) => inSpan(name, {}, async () => activeTraceContext())),
    );
    await inCarriedSpan('handle', first, {}, async () => {
      const own = activeTraceContext();
      const links = linksToCarried([own, second, second, undefined, { actor: 'kim' }]);
      expect(links.map((link) => link.context.spanId)).toEqual([second.traceparent!.split('-')[2]]);
    });
  });

  it('names the service after the app', async () => {
    await inSpan('named', {}, async () => undefined);
    expect(finished('named').resource.attributes['service.name']).toBe('hyeopchi-test');
  });
});
