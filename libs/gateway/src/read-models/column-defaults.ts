import { EntityMetadata, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * A new row as the database would make it before the projection sets its columns: each column's default, null
 * when nullable. Only the defaults the read models declare are understood; any other is refused loudly.
 */
export function blankRow(metadata: EntityMetadata): ObjectLiteral {
  let columns = defaulted.get(metadata);
  if (!columns) {
    columns = metadata.columns.filter((column) => defaultOf(column) !== undefined);
    defaulted.set(metadata, columns);
  }
  // the entity's class, for its getters, without TypeORM's slower create()
  const row = Object.create((metadata.target as { prototype: object }).prototype) as ObjectLiteral;
  for (const column of columns) row[column.propertyName] = defaultOf(column);
  return row;
}

const defaulted = new WeakMap<EntityMetadata, ColumnMetadata[]>();

function defaultOf(column: ColumnMetadata): unknown {
  if (column.default === undefined) return column.isNullable ? null : undefined;
  if (typeof column.default !== 'function') return column.default;
  const sql = String(column.default());
  if (sql === 'now()') return new Date();
  if (column.isArray && sql === "'{}'") return [];
  if ((column.type === 'jsonb' || column.type === 'json') && /^'.*'$/.test(sql))
    return JSON.parse(sql.slice(1, -1));
  throw new Error(`${column.entityMetadata.name}.${column.propertyName}: default ${sql} is not understood`);
}
