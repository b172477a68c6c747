import { CONTEXTS } from '@hyeopchi/context-names';
import { EventBus, EventEnvelope, RunningSubscription } from '@hyeopchi/messaging';
import { SpanKind, inCarriedSpan } from '@hyeopchi/observability';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectedStream, ReadModelChange, announceAll } from '@hyeopchi/gateway-kit';
import { CONTEXT_PROJECTIONS } from '../contexts';
import { BatchedReadModelUnit } from './batched-unit';
import { ProjectionLag } from './projection-lag';
import { recordTimelineStep } from './timeline.projections';

/**
 * Applies a batch's events in order to the unit, each with its stream's position. An event at or below the
 * position already projected changes nothing: redelivery and replay are harmless. Live, each event's projection
 * is a span of the trace of the command that made it; a replay of the whole log traces nothing.
 */
async function applyAll(
  unit: BatchedReadModelUnit,
  events: readonly EventEnvelope[],
  { traced }: { traced: boolean },
): Promise<void> {
  for (const event of events) {
    if (!traced) {
      await applyOne(unit, event);
      continue;
    }
    const attributes = { 'hyeopchi.context': event.context, 'hyeopchi.stream.id': event.streamId };
    await inCarriedSpan(
      `project ${event.type}`,
      event.metadata,
      { kind: SpanKind.CONSUMER, attributes },
      () => applyOne(unit, event),
    );
  }
}

async function applyOne(unit: BatchedReadModelUnit, event: EventEnvelope): Promise<void> {
  const stream = { context: event.context, streamId: event.streamId };
  const projected = await unit.get(ProjectedStream, stream);
  if ((projected?.version ?? 0) >= event.streamVersion) return;
  const projections = CONTEXT_PROJECTIONS[event.context];
  const projection =
    projections && Object.hasOwn(projections, event.type) ? projections[event.type] : undefined;
  // the event's type selected the projection: its data is what that type's contract says
  await projection?.(event.data as never, unit, event);
  await recordTimelineStep(unit, event);
  await unit.upsert(ProjectedStream, {
    ...stream,
    version: event.streamVersion,
    globalPosition: String(event.globalPosition),
  });
}

/**
 * Applies events in one transaction, in order, with the read models shared with other gateways: a delivered
 * batch. Its rows are read once and locked, its changes written in bulk at the end.
 */
export async function projectAll(dataSource: DataSource, events: readonly EventEnvelope[]): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const streams = streamsOf(events);
    await lockStreams(manager, streams);
    const unit = new BatchedReadModelUnit(manager, { lockRows: true, fresh: false });
    await unit.preload(ProjectedStream, streams);
    await applyAll(unit, events, { traced: true });
    await unit.flush();
    await announceAll(manager, [...unit.takeAnnouncements(), ...projectedStreams(events)]);
  });
}

/**
 * Projects a whole log into read models made empty for it, that nothing else writes meanwhile (a rebuild, an
 * export): it keeps what it read between batches, so it reads next to nothing back. A failed batch leaves it
 * unusable: start again into fresh tables.
 */
export class ReadModelReplay {
  private readonly unit: BatchedReadModelUnit;

  constructor(private readonly dataSource: DataSource) {
    this.unit = new BatchedReadModelUnit(dataSource.manager, { lockRows: false, fresh: true });
  }

  async project(events: readonly EventEnvelope[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      this.unit.bind(manager);
      await applyAll(this.unit, events, { traced: false });
      await this.unit.flush();
      // nobody listens to a schema being built
      this.unit.takeAnnouncements();
    });
    this.unit.compact();
  }
}

type Stream = Pick<ProjectedStream, 'context' | 'streamId'>;

function streamsOf(events: readonly EventEnvelope[]): Stream[] {
  const streams = new Map<string, Stream>();
  for (const { context, streamId } of events) streams.set(`${context}/${streamId}`, { context, streamId });
  return [...streams.values()];
}

/**
 * Per schema (a rebuild's batch does not hold up the live projection of the same stream), in one order for
 * every gateway so two batches sharing streams never wait for each other in a circle.
 */
async function lockStreams(manager: EntityManager, streams: readonly Stream[]): Promise<void> {
  const keys = streams.map(({ context, streamId }) => `${context}/${streamId}`).sort();
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':' || key, 0))
     FROM unnest($1::text[]) WITH ORDINALITY AS locked (key, position) ORDER BY position`,
    [keys],
  );
}

/** How far each stream of a batch is projected now: what mutations waiting for their own change listen for. */
function projectedStreams(events: readonly EventEnvelope[]): ReadModelChange[] {
  const last = new Map<string, EventEnvelope>();
  for (const event of events) last.set(`${event.context}/${event.streamId}`, event);
  return [...last.values()].map(({ context, streamId, streamVersion }) => ({
    kind: 'stream_projected',
    context,
    streamId,
    version: streamVersion,
  }));
}

/** Follows every context's events on the bus into the read models in `schema`. */
export async function followEvents(
  dataSource: DataSource,
  bus: EventBus,
  schema: string,
): Promise<RunningSubscription> {
  const lag = new ProjectionLag(schema);
  const project = async (events: readonly EventEnvelope[]) => {
    await projectAll(dataSource, events);
    lag.projected(events);
  };
  const subscription = await bus.subscribe({
    name: `gateway.read-models.${schema}`,
    schema,
    contexts: [...CONTEXTS],
    handle: (event) => project([event]),
    // a delivered batch is one transaction of the read models, not one per event
    handleBatch: (events) => project(events),
  });
  return {
    stop: async () => {
      lag.stop();
      await subscription.stop();
    },
  };
}
