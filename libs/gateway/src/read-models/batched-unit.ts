import { ReadModelChange, ReadModelUnit } from '@hyeopchi/gateway-kit';
import { EntityManager, EntityMetadata, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { RowChange, writeChanges } from './bulk-writes';
import { blankRow } from './column-defaults';

/** A row the batch has seen or changed, by its primary key. */
interface Entry extends RowChange {
  /** `row` is the whole row (null: there is none); otherwise only the columns set blindly, not read yet. */
  known: boolean;
}

export interface UnitOptions {
  /** Lock the rows read until commit: live gateways project rows that several streams change, concurrently. */
  lockRows: boolean;
  /** The tables started empty and only this unit writes them (a rebuild): a row it has not written is not there. */
  fresh: boolean;
}

/** Beyond this many rows kept between batches, a replay forgets them all and reads again what it needs. */
const MAX_KEPT_ROWS = 50_000;

/**
 * The read models of one batch in memory: each row read once (locked when live), changed in place, and written by
 * `flush` in bulk. A replay keeps one across its batches, keeping the rows projections read, so a rebuild reads
 * next to nothing back.
 */
export class BatchedReadModelUnit implements ReadModelUnit {
  private readonly entries = new Map<string, Entry>();
  private readonly read = new Set<EntityMetadata>();
  private readonly forgotten = new Set<EntityMetadata>();
  private announcements: ReadModelChange[] = [];

  constructor(
    private manager: EntityManager,
    private readonly options: UnitOptions,
  ) {}

  /** The transaction of the next batch (a replay's unit outlives each one). */
  bind(manager: EntityManager): void {
    this.manager = manager;
  }

  async get<T extends ObjectLiteral>(entity: EntityTarget<T>, key: Partial<T>): Promise<T | null> {
    const metadata = this.manager.connection.getMetadata(entity);
    this.read.add(metadata);
    const entry = this.entries.get(entryKey(metadata, key));
    if (entry?.known) return entry.row as T | null;
    const stored = await this.load(metadata, key);
    if (!entry) return this.remember(metadata, stored ?? null, key).row as T | null;
    // columns set before the row was read go over it, as they would have in the database
    entry.row = Object.assign(stored ?? blankRow(metadata), entry.row);
    entry.known = true;
    entry.stored = stored !== null;
    return entry.row as T;
  }

  /** Reads the rows of these keys in one statement, so the batch's projections find them in memory. */
  async preload<T extends ObjectLiteral>(entity: EntityTarget<T>, keys: Partial<T>[]): Promise<void> {
    const metadata = this.manager.connection.getMetadata(entity);
    this.read.add(metadata);
    const missing = keys.filter((key) => !this.entries.has(entryKey(metadata, key)));
    if (missing.length === 0 || this.knownAbsent(metadata)) {
      missing.forEach((key) => this.remember(metadata, null, key));
      return;
    }
    const rows = await this.manager.find(metadata.target, {
      where: missing as FindOptionsWhere<T>[],
      lock: this.options.lockRows ? { mode: 'pessimistic_write' } : undefined,
    });
    for (const row of rows) this.remember(metadata, row, row);
    for (const key of missing)
      if (!this.entries.has(entryKey(metadata, key))) this.remember(metadata, null, key);
  }

  async find<T extends ObjectLiteral>(entity: EntityTarget<T>, where: FindOptionsWhere<T>): Promise<T[]> {
    const metadata = this.manager.connection.getMetadata(entity);
    this.read.add(metadata);
    await this.flush();
    const rows = await this.manager.find(metadata.target, {
      where,
      lock: this.options.lockRows ? { mode: 'pessimistic_write' } : undefined,
    });
    return rows.map((row) => this.remember(metadata, row, row).row as T);
  }

  async upsert<T extends ObjectLiteral>(entity: EntityTarget<T>, values: Partial<T>): Promise<void> {
    const metadata = this.manager.connection.getMetadata(entity);
    const key = entryKey(metadata, values);
    const entry = this.entries.get(key);
    const columns = definedColumns(metadata, values, true);
    if (entry?.row) {
      Object.assign(entry.row, columns);
      this.change(entry, columns);
    } else if (entry || this.knownAbsent(metadata)) {
      const made = entry ?? this.remember(metadata, null, values);
      made.row = Object.assign(blankRow(metadata), columns);
      this.change(made, columns);
    } else {
      // not read: the columns are set over whatever the database holds, when written or read
      this.entries.set(key, {
        metadata,
        key: primaryKeyOf(metadata, values),
        row: columns,
        known: false,
        stored: false,
        deleteFirst: false,
        dirty: new Set(),
      });
      this.change(this.entries.get(key)!, columns);
    }
  }

  async update<T extends ObjectLiteral>(entity: EntityTarget<T>, key: Partial<T>, change: Partial<T>) {
    const row = await this.get(entity, key);
    if (row === null) return;
    const metadata = this.manager.connection.getMetadata(entity);
    const entry = this.entries.get(entryKey(metadata, key))!;
    const columns = definedColumns(metadata, change, false);
    Object.assign(row, columns);
    this.change(entry, columns);
  }

  async delete<T extends ObjectLiteral>(entity: EntityTarget<T>, key: Partial<T>): Promise<void> {
    const metadata = this.manager.connection.getMetadata(entity);
    const seen = this.entries.get(entryKey(metadata, key));
    const entry = seen ?? this.remember(metadata, null, key);
    // a row that may be in the database goes first, so one made again in the batch starts afresh
    entry.deleteFirst = !seen || !seen.known || seen.stored || seen.deleteFirst;
    entry.known = true;
    entry.row = null;
    entry.dirty.clear();
  }

  announce(change: ReadModelChange): void {
    this.announcements.push(change);
  }

  /** What the batch announced, in order, for the caller to send with its commit. */
  takeAnnouncements(): ReadModelChange[] {
    const taken = this.announcements;
    this.announcements = [];
    return taken;
  }

  /** Writes every pending change, in bulk; the rows stay known as written. */
  async flush(): Promise<void> {
    const pending = [...this.entries.values()].filter(
      (entry) => entry.deleteFirst || (entry.row !== null && (entry.dirty.size > 0 || !entry.stored)),
    );
    await writeChanges(this.manager, pending);
    for (const [key, entry] of this.entries) {
      if (!entry.known) {
        this.entries.delete(key);
        this.forgotten.add(entry.metadata);
        continue;
      }
      entry.stored = entry.row !== null;
      entry.deleteFirst = false;
      entry.dirty.clear();
    }
  }

  /**
   * Between a replay's batches: keeps the rows in memory, up to a bound; beyond it, forgets first the rows of
   * tables no projection has read (supports, timeline steps), then all of them.
   */
  compact(): void {
    if (this.entries.size <= MAX_KEPT_ROWS) return;
    this.forget((entry) => !this.read.has(entry.metadata));
    if (this.entries.size > MAX_KEPT_ROWS) this.forget(() => true);
  }

  private forget(which: (entry: Entry) => boolean): void {
    for (const [key, entry] of this.entries) {
      if (!which(entry)) continue;
      this.entries.delete(key);
      this.forgotten.add(entry.metadata);
    }
  }

  private knownAbsent(metadata: EntityMetadata): boolean {
    return this.options.fresh && !this.forgotten.has(metadata);
  }

  private async load(metadata: EntityMetadata, key: ObjectLiteral): Promise<ObjectLiteral | null> {
    if (this.knownAbsent(metadata)) return null;
    return this.manager.findOne(metadata.target, {
      where: primaryKeyOf(metadata, key),
      lock: this.options.lockRows ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  private remember(metadata: EntityMetadata, row: ObjectLiteral | null, key: ObjectLiteral): Entry {
    const entry = {
      metadata,
      key: primaryKeyOf(metadata, key),
      row,
      known: true,
      stored: row !== null,
      deleteFirst: false,
      dirty: new Set<string>(),
    };
    this.entries.set(entryKey(metadata, key), entry);
    return entry;
  }

  /** Marks the given columns changed (the key's are written with every row). */
  private change(entry: Entry, columns: ObjectLiteral): void {
    const isPrimary = primaryByProperty(entry.metadata);
    for (const column in columns) if (!isPrimary.get(column)) entry.dirty.add(column);
  }
}

function primaryKeyOf(metadata: EntityMetadata, row: ObjectLiteral): ObjectLiteral {
  return Object.fromEntries(
    metadata.primaryColumns.map((column) => [column.propertyName, row[column.propertyName]]),
  );
}

function entryKey(metadata: EntityMetadata, row: ObjectLiteral): string {
  const values = metadata.primaryColumns.map((column) => {
    const value = row[column.propertyName];
    if (value === undefined || value === null)
      throw new Error(`${metadata.name} without its ${column.propertyName}`);
    return String(value);
  });
  return `${metadata.tableName}\u0000${values.join('\u0000')}`;
}

const columnsByProperty = new WeakMap<EntityMetadata, Map<string, boolean>>();

/** Each column's property, and whether it is part of the primary key. */
function primaryByProperty(metadata: EntityMetadata): Map<string, boolean> {
  let isPrimary = columnsByProperty.get(metadata);
  if (!isPrimary) {
    isPrimary = new Map(metadata.columns.map((column) => [column.propertyName, column.isPrimary]));
    columnsByProperty.set(metadata, isPrimary);
  }
  return isPrimary;
}

/** The values that are columns and given (undefined leaves a column as it is); the key's columns if asked. */
function definedColumns(metadata: EntityMetadata, values: ObjectLiteral, withKey: boolean): ObjectLiteral {
  const isPrimary = primaryByProperty(metadata);
  const columns: ObjectLiteral = {};
  for (const property in values) {
    const primary = isPrimary.get(property);
    if (primary === undefined || (primary && !withKey) || values[property] === undefined) continue;
    columns[property] = values[property];
  }
  return columns;
}
