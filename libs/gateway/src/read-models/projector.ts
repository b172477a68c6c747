import { CONTEXTS } from '@hyeopchi/contracts';
import { EventBus, EventEnvelope, RunningSubscription } from '@hyeopchi/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectedStream } from './projected-stream.entity';
import { civicProjections } from './projections/civic.projections';
import { committeeProjections } from './projections/committee.projections';
import { departmentProjections } from './projections/department.projections';
import { feedbackProjections } from './projections/feedback.projections';
import { Projections } from './projections/projection';

const PROJECTIONS: Readonly<Record<string, Projections>> = {
  civic: civicProjections,
  department: departmentProjections,
  committee: committeeProjections,
  feedback: feedbackProjections,
};

/**
 * Applies one event to the read models, with its stream's position, in one transaction. An event at or below
 * the position already projected changes nothing: redelivery and replay are harmless.
 */
export async function project(dataSource: DataSource, event: EventEnvelope): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `read-model:${event.context}/${event.streamId}`,
    ]);
    const projected = await manager.findOneBy(ProjectedStream, {
      context: event.context,
      streamId: event.streamId,
    });
    if (projected && projected.version >= event.streamVersion) return false;
    await PROJECTIONS[event.context]?.[event.type]?.(event.data, manager, event);
    await recordPosition(manager, event);
    return true;
  });
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
    handle: async (event) => void (await project(dataSource, event)),
  });
}
