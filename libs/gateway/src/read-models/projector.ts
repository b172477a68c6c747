import { CONTEXTS } from '@hyeopchi/context-names';
import { EventBus, EventEnvelope, RunningSubscription } from '@hyeopchi/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectedStream, ReadModelChange, announceAll, projectedVersion } from '@hyeopchi/gateway-kit';
import { CONTEXT_PROJECTIONS } from '../contexts';
import { recordTimelineStep } from './timeline.projections';

/**
 * Applies one event with its stream's position, in the caller's transaction. An event at or below the position
 * already projected changes nothing: redelivery and replay are harmless.
 */
async function apply(manager: EntityManager, event: EventEnvelope): Promise<void> {
  // per schema: a rebuild's batch does not hold up the live read models' projection of the same stream
  await manager.query("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':' || $1, 0))", [
    `${event.context}/${event.streamId}`,
  ]);
  if ((await projectedVersion(manager, event.context, event.streamId)) >= event.streamVersion) return;
  const projections = CONTEXT_PROJECTIONS[event.context];
  const projection =
    projections && Object.hasOwn(projections, event.type) ? projections[event.type] : undefined;
  // the event's type selected the projection: its data is what that type's contract says
  await projection?.(event.data as never, manager, event);
  await recordTimelineStep(manager, event);
  await recordPosition(manager, event);
}

/** Applies events in one transaction, in order: a delivered batch, or a replay's. */
export async function projectAll(dataSource: DataSource, events: readonly EventEnvelope[]): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const event of events) await apply(manager, event);
    await announceAll(manager, projectedStreams(events));
  });
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

function recordPosition(manager: EntityManager, event: EventEnvelope) {
  return manager.upsert(
    ProjectedStream,
    {
      context: event.context,
      streamId: event.streamId,
      version: event.streamVersion,
      globalPosition: String(event.globalPosition),
    },
    ['context', 'streamId'],
  );
}

/** Follows every context's events on the bus into the read models in `schema`. */
export function followEvents(
  dataSource: DataSource,
  bus: EventBus,
  schema: string,
): Promise<RunningSubscription> {
  return bus.subscribe({
    name: `gateway.read-models.${schema}`,
    schema,
    contexts: [...CONTEXTS],
    handle: (event) => projectAll(dataSource, [event]),
    // a delivered batch is one transaction of the read models, not one per event
    handleBatch: (events) => projectAll(dataSource, events),
  });
}
