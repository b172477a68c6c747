import { EventEnvelope } from '@hyeopchi/messaging';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/** How the read models change with one event, inside the projection's transaction. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- event data is typed by each event's own contract
export type Projection = (data: any, manager: EntityManager, event: EventEnvelope) => Promise<unknown>;

/** The projections of one context's events, by event type; types without one change no read model. */
export type Projections = Readonly<Record<string, Projection>>;

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
