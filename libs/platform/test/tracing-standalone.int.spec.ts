import { expectedEventHashHex } from '@hyeopchi/audit';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { AuditLog } from '@hyeopchi/event-store';
import { SpanKind, startTracing } from '@hyeopchi/observability';
import { ACCEPTED, gatewayUnderTest } from '@hyeopchi/platform/testing';
import { eventually, person, testToken, ONE_SUPPORT_OPENS_A_REVIEW, proposalDraft } from '@hyeopchi/testing';
import { InMemorySpanExporter, ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';

const secret = 'a-tracing-in-one-process-secret-of-32-characters';
const exporter = new InMemorySpanExporter();
// before the platform is built: its spans find their parents through the context manager this registers
const tracing = startTracing('standalone', {}, { spanProcessors: [new SimpleSpanProcessor(exporter)] });
afterAll(() => tracing.shutdown());

/**
 * The standalone mode's in-process bus follows the logs rather than Kafka, so the events reach their consumers in
 * no context of the command's: their stored trace context joins the projections and process managers to its trace.
 */
describe('a trace in the standalone platform', () => {
  const { app, origin } = gatewayUnderTest('tracing', secret);

  it('follows a support from the mutation to the projections and the review it opens, its events chained', async () => {
    const dispatcher = app().get(CommandDispatcher);
    const setUp = async (actor: string, type: string, data: Record<string, unknown>) =>
      expect(await dispatcher.dispatch({ type, actor, data })).toMatchObject({ ok: true });
    await setUp('admin', 'AdoptThresholdPolicy', ONE_SUPPORT_OPENS_A_REVIEW);
    await setUp('kim', 'DraftProposal', proposalDraft('traced'));
    await setUp('kim', 'SubmitProposal', { proposalId: 'traced' });

    // a caller that traces, its free-text tracestate included, on a connection no TRUST_PROXY names
    const callerTraceId = 'c'.repeat(32);
    const callerSpanId = 'd'.repeat(16);
    const response = await fetch(`${origin()}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${testToken(person('lee', ['citizen']), secret)}`,
        traceparent: `00-${callerTraceId}-${callerSpanId}-01`,
        tracestate: 'portal=citizen-kim.minji@example.kr',
      },
      body: JSON.stringify({
        query: 'mutation { supportProposal(input: {proposalId: "traced"}) { __typename } }',
      }),
    });
    expect(await response.json()).toEqual({ data: { supportProposal: ACCEPTED } });

    const spans = await eventually(() => {
      const mutation = named('mutation SupportProposal');
      const inTrace = (name: string, consumer?: string) => {
        const found = exporter
          .getFinishedSpans()
          .find(
            (span) =>
              span.name.startsWith(name) &&
              span.spanContext().traceId === mutation.spanContext().traceId &&
              (!consumer || span.attributes['hyeopchi.consumer'] === consumer),
          );
        if (!found) throw new Error(`no span ${name} in the mutation's trace`);
        return found;
      };
      return {
        mutation,
        handle: inTrace('handle SupportProposal'),
        append: inTrace('append'),
        projected: inTrace('project proposal.supported.v1'),
        routed: inTrace('process proposal.tier_reached.v1', 'department.proposal-routing'),
        openReview: inTrace('handle OpenReview'),
      };
    }, 30_000);
    const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
    // an anonymous caller chooses neither our trace nor its sampling: a trace of our own, linked to the caller's
    expect(parentOf(spans.mutation)).toBeUndefined();
    expect(spans.mutation.spanContext().traceId).not.toBe(callerTraceId);
    expect(spans.mutation.links.map((link) => link.context.spanId)).toEqual([callerSpanId]);
    // the in-process sender keeps the mutation's context: no hop, no consumer span
    expect(parentOf(spans.handle)).toBe(spans.mutation.spanContext().spanId);
    expect(parentOf(spans.append)).toBe(spans.handle.spanContext().spanId);
    expect(spans.append.name).toBe('append');
    expect(spans.append.attributes['hyeopchi.stream.id']).toBe('proposal-traced');
    expect(parentOf(spans.projected)).toBe(spans.handle.spanContext().spanId);
    expect(parentOf(spans.routed)).toBe(spans.handle.spanContext().spanId);
    expect(spans.routed.kind).toBe(SpanKind.CONSUMER);
    expect(parentOf(spans.openReview)).toBe(spans.routed.spanContext().spanId);

    // the trace context is part of the new events' hashed content: their chain holds as for any other
    const log = await AuditLog.open(app().get<Database>(DATABASE).pool, 'civic');
    const records = await log.streamRecords('proposal-traced');
    expect(records.map((record) => record.metadata.traceparent)).toEqual(
      records.map(() => expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/)),
    );
    expect(records.filter((record) => 'tracestate' in record.metadata)).toEqual([]);
    records.forEach((record, index) =>
      expect(record.hash).toBe(expectedEventHashHex(record, records[index - 1]?.hash ?? null)),
    );
  });
});

function named(name: string): ReadableSpan {
  const found = exporter.getFinishedSpans().find((span) => span.name === name);
  if (!found)
    throw new Error(`no span ${name} among ${exporter.getFinishedSpans().map((span) => span.name)}`);
  return found;
}
