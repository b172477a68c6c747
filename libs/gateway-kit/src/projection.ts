import { DomainEvent } from '@hyeopchi/domain-kernel';
import { EventEnvelope } from '@hyeopchi/messaging';
import { EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { ReadModelChange } from './changes';

/**
 * The read models as one batch of projections sees them: rows by primary key, read once per batch and changed in
 * memory; the projector writes every change of the batch at its end, in bulk and in one transaction, so a failing
 * projection writes nothing of its batch. What a projection changed earlier in the batch is what it reads.
 */
export interface ReadModelUnit {
  /** The row with this primary key, as the batch has made it so far; null when there is none. */
  get<T extends ObjectLiteral>(entity: EntityTarget<T>, key: Partial<T>): Promise<T | null>;
  /** The rows matching `where` (not a primary key: rare, it writes the batch's pending changes first). */
  find<T extends ObjectLiteral>(entity: EntityTarget<T>, where: FindOptionsWhere<T>): Promise<T[]>;
  /** Inserts the row, or sets these columns of the one with its primary key (the others keep their value). */
  upsert<T extends ObjectLiteral>(entity: EntityTarget<T>, row: Partial<T>): Promise<void>;
  /** Sets these columns of the row with this primary key; no row, no change. */
  update<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: Partial<T>,
    change: Partial<T>,
  ): Promise<void>;
  delete<T extends ObjectLiteral>(entity: EntityTarget<T>, key: Partial<T>): Promise<void>;
  /** Tells the gateways of the change once the batch has committed (a rolled-back batch tells nothing). */
  announce(change: ReadModelChange): void;
}

/**
 * The projections of one context's events, by event type, each given its event's data as the event's contract
 * types it; types without one change no read model.
 */
export type ProjectionsOf<Event extends DomainEvent> = {
  readonly [Type in Event['type']]?: (
    data: Extract<Event, { type: Type }>['data'],
    unit: ReadModelUnit,
    event: EventEnvelope,
  ) => Promise<unknown>;
};

/** Any context's projections, as the projector holds them: it hands each event to its type's projection. */
export type Projections = Readonly<
  Record<string, (data: never, unit: ReadModelUnit, event: EventEnvelope) => Promise<unknown>>
>;

/** Changes a row that an earlier event of the same stream made (so it is there): `change` says how. */
export async function changeRow<T extends ObjectLiteral>(
  unit: ReadModelUnit,
  entity: EntityTarget<T>,
  key: Partial<T>,
  change: (row: T) => Partial<T>,
): Promise<void> {
  await unit.update(entity, key, change(await rowOf(unit, entity, key)));
}

/** The row an earlier event of the same stream made (so it is there). */
export async function rowOf<T extends ObjectLiteral>(
  unit: ReadModelUnit,
  entity: EntityTarget<T>,
  key: Partial<T>,
): Promise<T> {
  const row = await unit.get(entity, key);
  if (!row) throw new MissingRowError(entity, key);
  return row;
}

/** A projection changing a row that is not there: its stream's earlier events were not projected. */
export class MissingRowError extends Error {
  constructor(entity: EntityTarget<ObjectLiteral>, key: object) {
    const name = typeof entity === 'function' ? entity.name : String(entity);
    super(`no ${name} row with key ${JSON.stringify(key)} to change`);
    this.name = 'MissingRowError';
  }
}
