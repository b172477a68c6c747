import { ChangeKind } from './audit.types';

export interface Change {
  path: string;
  before: unknown;
  after: unknown;
  kind: ChangeKind;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The fields in which two JSON values differ, depth first, object members in name order. Objects and arrays are
 * walked; a member or item present on one side only is one ADDED or REMOVED change carrying its whole value.
 */
export function diffStates(before: Json, after: Json): Change[] {
  const changes: Change[] = [];
  walk(before, after, '', changes);
  return changes;
}

function walk(before: Json, after: Json, path: string, changes: Change[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      const at = `${path}[${index}]`;
      if (index >= after.length) changes.push(removed(at, before[index]));
      else if (index >= before.length) changes.push(added(at, after[index]));
      else walk(before[index], after[index], at, changes);
    }
  } else if (isObject(before) && isObject(after)) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const name of names) {
      const at = memberPath(path, name);
      if (!Object.hasOwn(after, name)) changes.push(removed(at, before[name]));
      else if (!Object.hasOwn(before, name)) changes.push(added(at, after[name]));
      else walk(before[name], after[name], at, changes);
    }
  } else if (JSON.stringify(before) !== JSON.stringify(after)) {
    changes.push({ path, before, after, kind: ChangeKind.CHANGED });
  }
}

const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const added = (path: string, after: Json): Change => ({ path, before: null, after, kind: ChangeKind.ADDED });
const removed = (path: string, before: Json): Change => ({
  path,
  before,
  after: null,
  kind: ChangeKind.REMOVED,
});

/** `a.b` for a plain name (ids such as p-1 or UUIDs included); `a["x.y"]` when the name would read as a path. */
function memberPath(path: string, name: string): string {
  if (name !== '' && !/[.[\]"\s]/.test(name)) return path === '' ? name : `${path}.${name}`;
  return `${path}[${JSON.stringify(name)}]`;
}

/** A state as the JSON it is sent as: what is compared is what the auditor reads. */
export const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value ?? null)) as Json;
