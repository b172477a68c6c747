import { EntityMetadata, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * A new row as the database would make it before the projection sets its columns: each column's default, null
 * when nullable. Only the defaults the read models declare are understood; any other is refused loudly.
 */
export function blankRow(metadata: EntityMetadata): ObjectLiteral {
  const row = metadata.create() as ObjectLiteral;
  for (const column of metadata.columns) {
    const value = defaultOf(column);
    if (value !== undefined) row[column.propertyName] = value;
  }
  return row;
}

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
