import { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** A row's pending change: its key, what it is now (null: deleted), and what the database holds of it. */
export interface RowChange {
  metadata: EntityMetadata;
  key: ObjectLiteral;
  row: ObjectLiteral | null;
  /** The database holds a row with this key (as of the last read or write). */
  stored: boolean;
  /** Delete what the database holds first: the row was deleted in the batch (and maybe made again). */
  deleteFirst: boolean;
  /** The columns (property names) set since. */
  dirty: Set<string>;
}

/** PostgreSQL takes at most 65,535 parameters in a statement. */
const MAX_PARAMETERS = 60_000;

/**
 * Writes the changes with a few statements per table: the deletions, then one multi-row INSERT … ON CONFLICT
 * and one UPDATE … FROM (VALUES …) per set of changed columns.
 */
export async function writeChanges(manager: EntityManager, changes: readonly RowChange[]): Promise<void> {
  for (const [, group] of groupBy(
    changes.filter((change) => change.deleteFirst),
    (change) => change.metadata.tableName,
  ))
    await deleteRows(manager, group);
  const present = changes.filter((change) => change.row !== null);
  const inserted = present.filter((change) => change.deleteFirst || !change.stored);
  const updated = present.filter((change) => !change.deleteFirst && change.stored && change.dirty.size > 0);
  for (const [, group] of groupBy(inserted, signature)) await insertRows(manager, group);
  for (const [, group] of groupBy(updated, signature)) await updateRows(manager, group);
}

function signature(change: RowChange): string {
  return `${change.metadata.tableName}:${[...change.dirty].sort().join(',')}`;
}

async function deleteRows(manager: EntityManager, changes: RowChange[]) {
  const { metadata } = changes[0];
  const keys = metadata.primaryColumns;
  for (const chunk of chunks(changes, keys.length)) {
    const parameters: unknown[] = [];
    const tuples = chunk.map((change) => tuple(parameters, keys, change.key));
    await manager.query(
      `DELETE FROM ${table(metadata)} WHERE (${names(keys)}) IN (VALUES ${tuples.join(', ')})`,
      parameters,
    );
  }
}

async function insertRows(manager: EntityManager, changes: RowChange[]) {
  const { metadata } = changes[0];
  const set = columnsOf(metadata, changes[0].dirty);
  const columns = [...metadata.primaryColumns, ...set];
  const onConflict =
    set.length === 0
      ? 'NOTHING'
      : `UPDATE SET ${set.map((column) => `"${column.databaseName}" = EXCLUDED."${column.databaseName}"`).join(', ')}`;
  for (const { rows, parameters } of rowSets(columns, changes))
    await manager.query(
      `INSERT INTO ${table(metadata)} (${names(columns)}) SELECT * FROM ${rows} AS changed (${names(columns)})
       ON CONFLICT (${names(metadata.primaryColumns)}) DO ${onConflict}`,
      parameters,
    );
}

async function updateRows(manager: EntityManager, changes: RowChange[]) {
  const { metadata } = changes[0];
  const keys = metadata.primaryColumns;
  const set = columnsOf(metadata, changes[0].dirty);
  const columns = [...keys, ...set];
  for (const { rows, parameters } of rowSets(columns, changes))
    await manager.query(
      `UPDATE ${table(metadata)} AS target
       SET ${set.map((column) => `"${column.databaseName}" = changed."${column.databaseName}"`).join(', ')}
       FROM ${rows} AS changed (${names(columns)})
       WHERE ${keys.map((key) => `target."${key.databaseName}" = changed."${key.databaseName}"`).join(' AND ')}`,
      parameters,
    );
}

/**
 * The rows as a relation: one array per column through unnest (a few parameters, whatever the count), or, when a
 * column is itself an array (unnest would flatten it), a VALUES list in chunks.
 */
function rowSets(columns: readonly ColumnMetadata[], changes: readonly RowChange[]) {
  if (columns.some((column) => column.isArray))
    return chunks(changes, columns.length).map((chunk) => {
      const parameters: unknown[] = [];
      const tuples = chunk.map((change) => tuple(parameters, columns, change.row!));
      return { rows: `(VALUES ${tuples.join(', ')})`, parameters };
    });
  const parameters = columns.map((column) => changes.map((change) => parameter(column, change.row!)));
  const arrays = columns.map((column, index) => `$${index + 1}::${String(column.type)}[]`);
  return [{ rows: `unnest(${arrays.join(', ')})`, parameters }];
}

/** The projections' raw SQL and these statements name tables without their schema: search_path says it. */
function table(metadata: EntityMetadata): string {
  return `"${metadata.tableName}"`;
}

function names(columns: readonly ColumnMetadata[]): string {
  return columns.map((column) => `"${column.databaseName}"`).join(', ');
}

function columnsOf(metadata: EntityMetadata, properties: Set<string>): ColumnMetadata[] {
  return metadata.columns.filter((column) => !column.isPrimary && properties.has(column.propertyName));
}

/** One row's values as typed parameters: a VALUES list has no target columns to take its types from. */
function tuple(parameters: unknown[], columns: readonly ColumnMetadata[], row: ObjectLiteral): string {
  const placeholders = columns.map((column) => {
    parameters.push(parameter(column, row));
    return `$${parameters.length}::${String(column.type)}${column.isArray ? '[]' : ''}`;
  });
  return `(${placeholders.join(', ')})`;
}

function parameter(column: ColumnMetadata, row: ObjectLiteral): unknown {
  const value = row[column.propertyName] ?? null;
  const json = column.type === 'jsonb' || column.type === 'json';
  return json && value !== null ? JSON.stringify(value) : value;
}

function chunks<T>(items: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
