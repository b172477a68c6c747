import { EntityManager, EntityTarget, In } from 'typeorm';

interface Waiting<Row> {
  id: string;
  resolve(row: Row | undefined): void;
  reject(error: unknown): void;
}

/**
 * The rows of one table that one request names, read together: the fields of a list's items ask one by one in the
 * same turn, and one statement answers them all (no query per item). Nothing is kept once read: a subscription's
 * context outlives its events, and each event must read the rows as they are then.
 */
class RowsById<Row extends { id: string }> {
  /** The rows asked for since the last read began, each once. */
  private readonly asked = new Map<string, Promise<Row | undefined>>();
  private waiting: Waiting<Row>[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly entity: EntityTarget<Row>,
  ) {}

  rowOf(id: string): Promise<Row | undefined> {
    let row = this.asked.get(id);
    if (!row) {
      row = new Promise((resolve, reject) => this.waiting.push({ id, resolve, reject }));
      this.asked.set(id, row);
      // once the promises settled so far have run the resolvers they wake, which ask for the rest of the list
      if (this.waiting.length === 1) void Promise.resolve().then(() => process.nextTick(() => this.load()));
    }
    return row;
  }

  private async load(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    this.asked.clear();
    try {
      const rows = await this.manager.findBy(this.entity, { id: In(batch.map(({ id }) => id)) } as never);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const { id, resolve } of batch) resolve(byId.get(id));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }
}

const requests = new WeakMap<object, Map<EntityTarget<never>, RowsById<never>>>();

/**
 * The row of `entity` with this id, read with the others the same request asks for in the same turn. `request` is
 * the GraphQL request (`@Context('req')`, a subscription's too).
 */
export function rowOfRequest<Row extends { id: string }>(
  request: object,
  manager: EntityManager,
  entity: EntityTarget<Row>,
  id: string,
): Promise<Row | undefined> {
  let tables = requests.get(request);
  if (!tables) {
    tables = new Map();
    requests.set(request, tables);
  }
  let rows = tables.get(entity as EntityTarget<never>) as RowsById<Row> | undefined;
  if (!rows) {
    rows = new RowsById(manager, entity);
    tables.set(entity as EntityTarget<never>, rows as unknown as RowsById<never>);
  }
  return rows.rowOf(id);
}
