import { DomainEvent } from '@hyeopchi/domain-kernel';
import { EventEnvelope } from '@hyeopchi/messaging';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * The projections of one context's events, by event type, each given its event's data as the event's contract
 * types it; types without one change no read model. Each runs inside the projection's transaction.
 */
export type ProjectionsOf<Event extends DomainEvent> = {
  readonly [Type in Event['type']]?: (
    data: Extract<Event, { type: Type }>['data'],
    manager: EntityManager,
    event: EventEnvelope,
  ) => Promise<unknown>;
};

/** Any context's projections, as the projector holds them: it hands each event to its type's projection. */
export type Projections = Readonly<
  Record<string, (data: never, manager: EntityManager, event: EventEnvelope) => Promise<unknown>>
>;

/** Changes a row that an earlier event of the same stream made (so it is there): `change` says how. */
export async function changeRow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  change: (row: T) => Partial<T>,
): Promise<void> {
  const row = await manager.findOneByOrFail(entity, where);
  await manager.update(entity, where, change(row) as never);
}
